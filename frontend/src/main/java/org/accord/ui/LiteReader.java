package org.accord.ui;

import jakarta.servlet.http.HttpServletRequest;
import org.accord.commenting.CommentType;
import org.accord.commenting.CommentingService;
import org.accord.commenting.NewComment;
import org.accord.drafting.ClauseNode;
import org.accord.drafting.ClauseText;
import org.accord.drafting.ContentLanguages;
import org.accord.identity.IdentityService;
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
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * The light reader for poor connections: the person's drafts, and a draft as one plain HTML page, no JavaScript, a
 * few kilobytes of CSS inline, compressed; with a plain form per clause to file a comment while a comment period is
 * open. Same account, same permissions and same services as the full application, which stays one link away.
 */
@Controller
class LiteReader {

    private final DraftingService drafting;
    private final CommentingService commenting;
    private final LightPages pages;

    LiteReader(DraftingService drafting, CommentingService commenting, LightPages pages) {
        this.drafting = drafting;
        this.commenting = commenting;
        this.pages = pages;
    }

    /** The person's drafts (those of their working groups), each with its open comment period and deadline. */
    @GetMapping(value = "/lite", produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> home(HttpServletRequest request) {
        Locale locale = pages.locale(request);
        ZoneId zone = pages.zone();
        StringBuilder h = new StringBuilder(8 * 1024);
        pages.open(h, text(locale, "lite.home.title") + " · Accord", locale, request, true);
        h.append("<main id=\"main-content\"><h1>").append(esc(text(locale, "lite.home.title"))).append("</h1>");
        List<DraftSummary> drafts = drafting.drafts();
        if (drafts.isEmpty()) {
            h.append("<p>").append(esc(text(locale, "lite.home.none"))).append("</p>");
        } else {
            h.append("<ul class=\"drafts\">");
            for (DraftSummary d : drafts) {
                h.append("<li><a href=\"/lite/drafts/").append(d.id()).append("\"><bdi>").append(esc(d.reference()))
                        .append("</bdi> — <span lang=\"").append(esc(d.language())).append("\" dir=\"").append(dir(d.language()))
                        .append("\">").append(esc(d.title())).append("</span></a> <span class=\"hint\">")
                        .append(esc(d.workingGroup())).append("</span>");
                var period = commenting.currentPeriod(d.id());
                if (period.isPresent()) {
                    h.append("<br><span class=\"period\">").append(pages.html(locale, "lite.period",
                            esc(period.get().versionLabel()), pages.localAndUtc(period.get().deadline(), zone, locale))).append("</span>");
                } else {
                    h.append("<br><span class=\"hint\">").append(esc(text(locale, "lite.home.no-period"))).append("</span>");
                }
                h.append("</li>");
            }
            h.append("</ul>");
        }
        h.append("</main></body></html>");
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).contentType(MediaType.TEXT_HTML).body(h.toString());
    }

    @GetMapping(value = "/lite/drafts/{draftId}", produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> draft(@PathVariable UUID draftId, @RequestParam(required = false) String filed,
                                 HttpServletRequest request) {
        DraftSummary draft = drafting.draft(draftId);
        List<ClauseNode> tree = drafting.clauseTree(draftId);
        boolean mayComment = commenting.mayCommentNow(draftId);
        Locale locale = pages.locale(request);
        String lang = esc(draft.language());
        StringBuilder h = new StringBuilder(32 * 1024);
        pages.open(h, draft.reference() + " · Accord", locale, request, true);
        // Interface text in the interface language; the draft's own words carry the draft's language and direction.
        h.append("<main id=\"main-content\"><h1><bdi>").append(esc(draft.reference())).append("</bdi> — <span lang=\"").append(lang)
                .append("\" dir=\"").append(dir(draft.language())).append("\">").append(esc(draft.title())).append("</span></h1>");
        commenting.currentPeriod(draftId).ifPresent(p -> h.append("<p class=\"period\">")
                .append(pages.html(locale, "lite.period", esc(p.versionLabel()), pages.localAndUtc(p.deadline(), pages.zone(), locale)))
                .append("</p>"));
        if (filed != null) {
            h.append("<p class=\"ok\" role=\"status\">").append(esc(text(locale, "lite.filed", filed))).append("</p>");
        }
        h.append("<nav aria-label=\"").append(esc(text(locale, "lite.contents"))).append("\"><ol lang=\"").append(lang)
                .append("\" dir=\"").append(dir(draft.language())).append("\">");
        for (ClauseNode n : tree) {
            h.append("<li><a href=\"#c-").append(n.id()).append("\"><bdi>").append(esc(n.heading())).append("</bdi></a></li>");
        }
        h.append("</ol></nav>");
        Map<String, TermView> terms = TermReferences.indexTree(tree);
        String csrf = LightPages.csrfField(request);
        for (ClauseNode n : tree) {
            clause(h, n, 2, terms, draft, mayComment, csrf, locale, "");
        }
        h.append("</main></body></html>");
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).contentType(MediaType.TEXT_HTML).body(h.toString());
    }

    @PostMapping("/lite/drafts/{draftId}/clauses/{clauseId}/comments")
    ResponseEntity<String> comment(@PathVariable UUID draftId, @PathVariable UUID clauseId,
                                   @RequestParam(defaultValue = "") String type,
                                   @RequestParam(defaultValue = "") String justification,
                                   @RequestParam(defaultValue = "") String proposedChange,
                                   @RequestParam(defaultValue = "") String language, HttpServletRequest request) {
        Locale locale = pages.locale(request);
        CommentType t;
        try {
            t = CommentType.fromCode(type);
        } catch (IllegalArgumentException e) {
            throw new LiteInputException(text(locale, "lite.type.missing"));
        }
        String lang = language.isBlank() ? null : language.strip();
        if (lang != null && !ContentLanguages.SUPPORTED.contains(lang)) {
            throw new LiteInputException(text(locale, "lite.language.invalid", languageList(locale)));
        }
        var filed = commenting.file(draftId, new NewComment(clauseId, t, justification.strip(), proposedChange.strip(),
                null, null, null, null, true, lang));
        return ResponseEntity.status(HttpStatus.SEE_OTHER)
                .header("Location", "/lite/drafts/" + draftId + "?filed=" + filed.commentId() + "#c-" + clauseId).build();
    }

    /** Bad input comes back as a short page saying what to fix, with the way back; nothing was filed. */
    @ExceptionHandler({InvalidInputException.class, LiteInputException.class, NotFoundException.class, AccessDeniedException.class})
    ResponseEntity<String> problem(RuntimeException e, HttpServletRequest request) {
        HttpStatus status = e instanceof NotFoundException ? HttpStatus.NOT_FOUND
                : e instanceof AccessDeniedException ? HttpStatus.FORBIDDEN : HttpStatus.BAD_REQUEST;
        Locale locale = pages.locale(request);
        StringBuilder h = new StringBuilder();
        pages.open(h, text(locale, "lite.problem") + " · Accord", locale, request, IdentityService.currentUser().isPresent());
        h.append("<main id=\"main-content\"><h1>").append(esc(text(locale, "lite.problem"))).append("</h1><p role=\"alert\">")
                .append(esc(e instanceof LocalisedMessage m ? m.message(locale) : e.getMessage())).append("</p><p><a href=\"").append(esc(backTo(request.getRequestURI()))).append("\">")
                .append(esc(text(locale, "lite.back"))).append("</a></p></main></body></html>");
        return ResponseEntity.status(status).contentType(MediaType.TEXT_HTML).body(h.toString());
    }

    /** Back to the draft as a plain link: no script runs under this page's policy (the browser's Back keeps the typed text). */
    static String backTo(String uri) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("^/lite/drafts/[0-9a-fA-F-]{36}").matcher(uri == null ? "" : uri);
        return m.find() ? m.group() : "/lite";
    }

    /** Bad input found here, before any service is called; its message is already in the person's language. */
    static final class LiteInputException extends RuntimeException {
        LiteInputException(String message) {
            super(message);
        }
    }

    private void clause(StringBuilder h, ClauseNode n, int level, Map<String, TermView> terms, DraftSummary draft,
                        boolean mayComment, String csrf, Locale locale, String parentNumber) {
        UUID draftId = draft.id();
        // A note or example has no number of its own: "Comment on 9.3 NOTE", not "Comment on NOTE".
        String label = n.kind() == org.accord.drafting.ClauseKind.NOTE || n.kind() == org.accord.drafting.ClauseKind.EXAMPLE
                ? (parentNumber + " " + n.number()).strip() : n.number();
        int hl = Math.min(level, 6);
        String lang = esc(draft.language());
        String dir = dir(draft.language());
        h.append("<section id=\"c-").append(n.id()).append("\"><h").append(hl).append(" lang=\"").append(lang).append("\" dir=\"")
                .append(dir).append("\">").append(esc(n.heading())).append("</h").append(hl).append('>');
        if (n.text() != null && !n.text().isBlank()) {
            h.append("<div lang=\"").append(lang).append("\" dir=\"").append(dir).append("\">")
                    .append(ClauseText.toSafeHtml(n.text(), terms)).append("</div>");
        }
        if (mayComment) {
            h.append("<details><summary>").append(esc(text(locale, "lite.comment-on", label))).append("</summary>")
                    .append("<form method=\"post\" action=\"/lite/drafts/").append(draftId).append("/clauses/").append(n.id())
                    .append("/comments\">");
            h.append(csrf);
            h.append("<fieldset><legend>").append(esc(text(locale, "lite.type"))).append("</legend>");
            for (CommentType t : CommentType.values()) {
                h.append("<label><input type=\"radio\" name=\"type\" required value=\"").append(t.code()).append("\"> ")
                        .append(esc(text(locale, "commenting.type." + t.code()))).append("</label> ");
            }
            String base = "f-" + n.id();
            h.append("</fieldset><label for=\"").append(base).append("-l\">").append(esc(text(locale, "lite.language")))
                    .append("</label><select id=\"").append(base).append("-l\" name=\"language\">");
            for (String code : ContentLanguages.SUPPORTED) {
                h.append("<option value=\"").append(code).append('"').append(code.equals(draft.language()) ? " selected" : "")
                        .append('>').append(esc(Locale.forLanguageTag(code).getDisplayLanguage(locale))).append("</option>");
            }
            h.append("</select>");
            h.append("<label for=\"").append(base).append("-j\">").append(esc(text(locale, "lite.justification")))
                    .append("</label><textarea id=\"").append(base).append("-j\" name=\"justification\" rows=\"3\" dir=\"auto\"></textarea>")
                    .append("<label for=\"").append(base).append("-p\">").append(esc(text(locale, "lite.proposed")))
                    .append("</label><textarea id=\"").append(base).append("-p\" name=\"proposedChange\" rows=\"3\" dir=\"auto\"></textarea>")
                    .append("<button type=\"submit\">").append(esc(text(locale, "lite.file"))).append("</button></form></details>");
        }
        h.append("</section>");
        for (ClauseNode c : n.children()) {
            clause(h, c, level + 1, terms, draft, mayComment, csrf, locale, label);
        }
    }

    private String text(Locale locale, String key, Object... params) {
        return pages.t(locale, key, params);
    }

    /** "English, French, Spanish or Arabic" style list of the content languages, for the message. */
    private static String languageList(Locale locale) {
        return String.join(", ", ContentLanguages.SUPPORTED.stream()
                .map(c -> Locale.forLanguageTag(c).getDisplayLanguage(locale)).toList());
    }

    private static String dir(String language) {
        return "ar".equals(language) ? "rtl" : "ltr";
    }

    private static String esc(String s) {
        return ClauseText.escape(s == null ? "" : s);
    }
}
