package org.accord.notification.internal;

import org.springframework.mail.MailSendException;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Set;

/**
 * Reads a failed send: a 5xx reply to the recipient (or the message) is a permanent rejection, i.e. a hard bounce, not
 * retried; anything else (server down, 4xx, timeouts) is transient and retried with backoff.
 */
public record SmtpFailure(boolean permanent, int code, String reason) {

    public static SmtpFailure of(Throwable error) {
        Deque<Throwable> todo = new ArrayDeque<>();
        Set<Throwable> seen = new HashSet<>();
        todo.add(error);
        while (!todo.isEmpty()) {
            Throwable t = todo.poll();
            if (t == null || !seen.add(t)) {
                continue;
            }
            int code = returnCode(t);
            if (code >= 500 && code < 600) {
                return new SmtpFailure(true, code, t.getMessage() == null ? String.valueOf(code) : t.getMessage().strip());
            }
            if (t instanceof MailSendException m) {
                m.getFailedMessages().values().stream().filter(java.util.Objects::nonNull).forEach(todo::add);
            }
            if (t instanceof jakarta.mail.MessagingException me && me.getNextException() != null) {
                todo.add(me.getNextException());
            }
            if (t.getCause() != null) {
                todo.add(t.getCause());
            }
        }
        return new SmtpFailure(false, -1, error.getMessage() == null ? error.getClass().getSimpleName() : error.getMessage());
    }

    /** The SMTP reply code Angus Mail's SMTP exceptions carry ({@code getReturnCode()}; a runtime-only dependency). */
    static int returnCode(Throwable t) {
        if (!t.getClass().getName().startsWith("org.eclipse.angus.mail.smtp.")) {
            return -1;
        }
        try {
            return (int) t.getClass().getMethod("getReturnCode").invoke(t);
        } catch (ReflectiveOperationException | ClassCastException e) {
            return -1;
        }
    }
}
