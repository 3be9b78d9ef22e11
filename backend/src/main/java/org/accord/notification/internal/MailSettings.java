package org.accord.notification.internal;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

import java.util.Optional;

/**
 * Whether email is on: Spring Boot makes a mail sender only when {@code spring.mail.host} is set. Without one, no email
 * deliveries are written and in-app notifications work alone.
 */
@Component
public class MailSettings {

    private final ObjectProvider<JavaMailSender> sender;
    private final String from;
    private final String baseUrl;

    MailSettings(ObjectProvider<JavaMailSender> sender,
                 @Value("${accord.notifications.from:Accord <accord@localhost>}") String from,
                 @Value("${accord.public-base-url:http://localhost:8080}") String baseUrl) {
        this.sender = sender;
        this.from = from;
        this.baseUrl = baseUrl.replaceAll("/+$", "");
    }

    public boolean enabled() {
        return sender.getIfAvailable() != null;
    }

    public Optional<JavaMailSender> sender() {
        return Optional.ofNullable(sender.getIfAvailable());
    }

    public String from() {
        return from;
    }

    public String baseUrl() {
        return baseUrl;
    }
}
