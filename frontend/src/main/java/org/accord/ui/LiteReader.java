package org.accord.ui;

import jakarta.servlet.http.HttpServletRequest;
import org.accord.commenting.CommentType;
import org.accord.commenting.CommentingService;
import org.accord.commenting.NewComment;
import org.accord.drafting.ClauseNode;
import org.accord.drafting.ClauseText;
import org.accord.drafting.DraftSummary;
import org.accord.drafting.DraftingService;
import org.accord.drafting.TermReferences;
import org.accord.drafting.TermView;
import org.accord.shared.InvalidInputException;
import org.accord.shared.LocalisedMessage;
import org.accord.shared.NotFoundException;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * The light reader for poor connections: a draft as one plain HTML page, no JavaScript, a few kilobytes of CSS inline,
 * compressed; with a plain form per clause to file a comment while a comment period is open. Same account, same
 * permissions and same services as the full application, which stays one link away.
 */
@Controller
class LiteReader {

    private final DraftingService drafting;
    private final CommentingService commenting;
    private final AccordI18n i18n;
    private final org.accord.identity.IdentityService identity;

    LiteReader(DraftingService drafting, CommentingService commenting, AccordI18n i18n,
               org.accord.identity.IdentityService identity) {
        this.drafting = drafting;
        this.commenting = commenting;
        this.i18n = i18n;
        this.identity = identity;
    }

    /** The account's language if chosen, else the browser's. */
    private Locale locale(HttpServletRequest request) {
        return AccordI18n.supported(identity.myLanguage().map(Locale::forLanguageTag).orElse(request.getLocale()));
    }

    @GetMapping(value = "/lite/drafts/{draftId}", produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> draft(@PathVariable UUID draftId, @RequestParam(required = false) String filed,
                                 HttpServletRequest request) {
        DraftSummary draft = drafting.draft(draftId);
        List<ClauseNode> tree = drafting.clauseTree(draftId);
        boolean mayComment = commenting.mayCommentNow(draftId);
        Locale locale = locale(request);
        StringBuilder h = new StringBuilder(32 * 1024);
        head(h, draft.reference() + " · Accord", locale);
        h.append("<header><p><a href=\"/drafts/").append(draftId).append("\">").append(text(locale, "lite.full-view"))
                .append("</a></p><h1>").append(esc(draft.reference())).append(" — ").append(esc(draft.title())).append("</h1>");
        commenting.currentPeriod(draftId).ifPresent(p -> h.append("<p class=\"period\">")
                .append(esc(text(locale, "lite.period", p.versionLabel(), UiText.utc(p.deadline())))).append("</p>"));
        if (filed != null) {
            h.append("<p class=\"ok\" role=\"status\">").append(esc(text(locale, "lite.filed", filed))).append("</p>");
        }
        h.append("</header><main id=\"main-content\"><nav aria-label=\"").append(esc(text(locale, "lite.contents")))
                .append("\"><ol>");
        for (ClauseNode n : tree) {
            h.append("<li><a href=\"#c-").append(n.id()).append("\"><bdi>").append(esc(n.heading())).append("</bdi></a></li>");
        }
        h.append("</ol></nav>");
        Map<String, TermView> terms = TermReferences.indexTree(tree);
        CsrfToken csrf = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
        for (ClauseNode n : tree) {
            clause(h, n, 2, terms, draftId, mayComment, csrf, locale, "");
        }
        h.append("</main></body></html>");
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).contentType(MediaType.TEXT_HTML).body(h.toString());
    }

    @PostMapping("/lite/drafts/{draftId}/clauses/{clauseId}/comments")
    ResponseEntity<String> comment(@PathVariable UUID draftId, @PathVariable UUID clauseId, @RequestParam String type,
                                   @RequestParam(defaultValue = "") String justification,
                                   @RequestParam(defaultValue = "") String proposedChange) {
        CommentType t;
        try {
            t = CommentType.fromCode(type);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("commenting.lite.type-required");
        }
        var filed = commenting.file(draftId, new NewComment(clauseId, t, justification.strip(), proposedChange.strip(),
                null, null, null, null, true));
        return ResponseEntity.status(HttpStatus.SEE_OTHER)
                .header("Location", "/lite/drafts/" + draftId + "?filed=" + filed.commentId() + "#c-" + clauseId).build();
    }

    /** Bad input comes back as a short page saying what to fix, with the way back; nothing was filed. */
    @ExceptionHandler({InvalidInputException.class, NotFoundException.class, AccessDeniedException.class})
    ResponseEntity<String> problem(RuntimeException e, HttpServletRequest request) {
        HttpStatus status = e instanceof NotFoundException ? HttpStatus.NOT_FOUND
                : e instanceof AccessDeniedException ? HttpStatus.FORBIDDEN : HttpStatus.BAD_REQUEST;
        Locale locale = locale(request);
        StringBuilder h = new StringBuilder();
        head(h, "Accord", locale);
        h.append("<main id=\"main-content\"><h1>").append(esc(text(locale, "lite.problem"))).append("</h1><p role=\"alert\">")
                .append(esc(e instanceof LocalisedMessage m ? m.message(locale) : e.getMessage())).append("</p><p><a href=\"").append(esc(backTo(request.getRequestURI()))).append("\">")
                .append(esc(text(locale, "lite.back"))).append("</a></p></main></body></html>");
        return ResponseEntity.status(status).contentType(MediaType.TEXT_HTML).body(h.toString());
    }

    /** Back to the draft as a plain link: no script runs under this page's policy (the browser's Back keeps the typed text). */
    static String backTo(String uri) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("^/lite/drafts/[0-9a-fA-F-]{36}").matcher(uri == null ? "" : uri);
        return m.find() ? m.group() : "/";
    }

    private void clause(StringBuilder h, ClauseNode n, int level, Map<String, TermView> terms, UUID draftId,
                        boolean mayComment, CsrfToken csrf, Locale locale, String parentNumber) {
        // A note or example has no number of its own: "Comment on 9.3 NOTE", not "Comment on NOTE".
        String label = n.kind() == org.accord.drafting.ClauseKind.NOTE || n.kind() == org.accord.drafting.ClauseKind.EXAMPLE
                ? (parentNumber + " " + n.number()).strip() : n.number();
        int hl = Math.min(level, 6);
        h.append("<section id=\"c-").append(n.id()).append("\"><h").append(hl).append(" dir=\"auto\">")
                .append(esc(n.heading())).append("</h").append(hl).append('>');
        if (n.text() != null && !n.text().isBlank()) {
            h.append("<div dir=\"auto\">").append(ClauseText.toSafeHtml(n.text(), terms)).append("</div>");
        }
        if (mayComment) {
            h.append("<details><summary>").append(esc(text(locale, "lite.comment-on", label))).append("</summary>")
                    .append("<form method=\"post\" action=\"/lite/drafts/").append(draftId).append("/clauses/").append(n.id())
                    .append("/comments\">");
            if (csrf != null) {
                h.append("<input type=\"hidden\" name=\"").append(esc(csrf.getParameterName())).append("\" value=\"")
                        .append(esc(csrf.getToken())).append("\">");
            }
            h.append("<fieldset><legend>").append(esc(text(locale, "lite.type"))).append("</legend>");
            for (CommentType t : CommentType.values()) {
                h.append("<label><input type=\"radio\" name=\"type\" required value=\"").append(t.code()).append("\"> ")
                        .append(t.code()).append("</label> ");
            }
            String base = "f-" + n.id();
            h.append("</fieldset><label for=\"").append(base).append("-j\">").append(esc(text(locale, "lite.justification")))
                    .append("</label><textarea id=\"").append(base).append("-j\" name=\"justification\" rows=\"3\" dir=\"auto\"></textarea>")
                    .append("<label for=\"").append(base).append("-p\">").append(esc(text(locale, "lite.proposed")))
                    .append("</label><textarea id=\"").append(base).append("-p\" name=\"proposedChange\" rows=\"3\" dir=\"auto\"></textarea>")
                    .append("<button type=\"submit\">").append(esc(text(locale, "lite.file"))).append("</button></form></details>");
        }
        h.append("</section>");
        for (ClauseNode c : n.children()) {
            clause(h, c, level + 1, terms, draftId, mayComment, csrf, locale, label);
        }
    }

    private static void head(StringBuilder h, String title, Locale locale) {
        String lang = locale.getLanguage();
        h.append("<!DOCTYPE html><html lang=\"").append(lang).append("\" dir=\"").append(AccordI18n.rightToLeft(locale) ? "rtl" : "ltr")
                .append("\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
                .append("<title>").append(esc(title)).append("</title><style>")
                .append("body{font:16px/1.5 system-ui,sans-serif;max-width:46em;margin:0 auto;padding:0 1em;color:#1a1a1a}")
                .append("a{color:#0b5cad}section{margin:1.2em 0}textarea{width:100%;box-sizing:border-box}")
                .append("label{display:block;margin-top:.5em}fieldset label{display:inline;margin-inline-end:1em}")
                .append(".ok{border-inline-start:4px solid #1e7a3c;padding:.3em .8em;background:#e6f4ea}")
                .append(".period{color:#444}:focus-visible{outline:3px solid #0b5cad;outline-offset:2px}")
                .append("</style></head><body>");
    }

    private String text(Locale locale, String key, Object... params) {
        return i18n.getTranslation(key, locale, params);
    }

    private static String esc(String s) {
        return ClauseText.escape(s == null ? "" : s);
    }
}
