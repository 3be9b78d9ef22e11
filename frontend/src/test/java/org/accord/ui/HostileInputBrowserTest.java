package org.accord.ui;

import com.microsoft.playwright.Page;
import org.accord.balloting.BallotService;
import org.accord.balloting.NewBallot;
import org.accord.balloting.tally.RuleSpec;
import org.accord.commenting.CommentType;
import org.accord.commenting.CommentView;
import org.accord.commenting.CommentingService;
import org.accord.commenting.NewComment;
import org.accord.commenting.Resolution;
import org.accord.crosswalk.BindingNature;
import org.accord.crosswalk.CrosswalkService;
import org.accord.crosswalk.InstrumentStatus;
import org.accord.crosswalk.InstrumentType;
import org.accord.crosswalk.JurisdictionKind;
import org.accord.crosswalk.MappingService;
import org.accord.crosswalk.NewDeviation;
import org.accord.crosswalk.NewInstrument;
import org.accord.crosswalk.NewMapping;
import org.accord.crosswalk.NewProvision;
import org.accord.crosswalk.mapping.Provenance;
import org.accord.crosswalk.mapping.Rationale;
import org.accord.crosswalk.mapping.Relationship;
import org.accord.crosswalk.mapping.ReviewStatus;
import org.accord.drafting.ClauseKind;
import org.accord.drafting.DraftingService;
import org.accord.drafting.NewClause;
import org.accord.drafting.NewDraft;
import org.accord.drafting.NewTerm;
import org.accord.drafting.TranslationEdit;
import org.accord.drafting.TranslationService;
import org.accord.drafting.TranslationStatus;
import org.accord.drafting.VersionService;
import org.accord.hostile.HostileAssertions;
import org.accord.hostile.HostileCorpus;
import org.accord.identity.IdentityService;
import org.accord.identity.NewUser;
import org.accord.membership.MembershipService;
import org.accord.membership.NewOrganisation;
import org.accord.publishing.NewPublication;
import org.accord.publishing.PublicationSummary;
import org.accord.publishing.PublishingService;
import org.accord.shared.security.SystemActor;
import org.accord.shared.security.WorkingGroupRole;
import org.accord.support.Fixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The hostile text corpus in every user text field, seeded through the services, then every page that shows it
 * visited once: the Vaadin views in Chromium (no alert fires, no injected element exists, the payload is on the
 * page as text), the light reader and the public reader as the HTML a browser parses, and the REST API as JSON.
 */
// It fills the shared WG 1 with hostile content: after the other classes of the shared context, which count on the demo
// content (junit-platform.properties orders classes by @Order).
@org.junit.jupiter.api.Order(Integer.MAX_VALUE - 2)
class HostileInputBrowserTest extends BrowserTest {

    @Autowired DraftingService drafting;
    @Autowired VersionService versions;
    @Autowired TranslationService translations;
    @Autowired CommentingService commenting;
    @Autowired CrosswalkService crosswalk;
    @Autowired MappingService mappings;
    @Autowired MembershipService membership;
    @Autowired IdentityService identity;
    @Autowired BallotService ballots;
    @Autowired PublishingService publishing;
    @Autowired Fixtures fixtures;

    private final HttpClient http = HttpClient.newHttpClient();
    private final List<String> corpus = HostileCorpus.xss();

    /** Titles, names and headings are short fields: the long payloads go into text fields in full. */
    private static String shortField(String p) {
        return p.length() > 150 ? p.substring(0, 150) : p;
    }

    private static String fit(String p, int max) {
        return p.length() > max ? p.substring(0, max) : p;
    }

    record World(UUID wg, UUID draft, UUID publication, UUID ballotWg) {
    }

    private World seed() {
        String script = "<script>alert(1)</script>";
        return SystemActor.call("test", () -> {
            UUID wg = membership.workingGroups().stream().filter(w -> w.code().equals("WG 1")).findFirst().orElseThrow().id();
            UUID org = membership.createOrganisation(new NewOrganisation(fixtures.unique("HO").toUpperCase(),
                    "\"><img src=x onerror=alert(1)> Org " + script, "CIVIL_SOCIETY", "KE"));
            String author = fixtures.unique("hostile").toLowerCase();
            UUID authorId = identity.createUser(new NewUser(author, "<svg/onload=alert(1)> " + script,
                    author + "@example.org", "accord-demo", Set.of()));
            membership.addMember(wg, authorId, WorkingGroupRole.DELEGATE, org);
            membership.setOrganisationLead(wg, authorId, true);

            UUID draft = drafting.createDraft(new NewDraft(wg, fixtures.unique("HOSTILE"), script + " {{7*7}} draft", "en", "20.20"));
            UUID terms = drafting.addClause(draft, null, new NewClause(ClauseKind.TERMS, null, "Terms and definitions", ""));
            List<UUID> clauses = new ArrayList<>();
            for (int i = 0; i < corpus.size(); i++) {
                String p = corpus.get(i);
                clauses.add(drafting.addClause(draft, null, new NewClause(ClauseKind.NORMATIVE, null,
                        shortField(p), "Hostile " + i + ": " + p)));
                drafting.addTerm(draft, terms, new NewTerm("term " + i + " " + shortField(p), List.of(shortField(p)),
                        p, p, shortField(p)));
            }
            translations.save(draft, clauses.getFirst(), "fr", new TranslationEdit(script, corpus.get(1) + " " + script,
                    TranslationStatus.INFORMAL, null, 0));
            versions.freeze(draft, "CD 1", script);
            commenting.openPeriod(draft, "CD 1", Instant.now().plus(Duration.ofDays(30)), false, script);
            List<CommentView> filed = fixtures.as(author, () -> {
                List<CommentView> out = new ArrayList<>();
                for (int i = 0; i < corpus.size(); i++) {
                    String p = corpus.get(i);
                    out.add(commenting.file(draft, new NewComment(clauses.get(i), CommentType.TE, p, p, fit(p, 50),
                            fit(p, 100), null, null, true, "en")));
                }
                out.forEach(c -> commenting.reply(c.id(), corpus.get(0) + " reply"));
                return out;
            });
            fixtures.as("convenor", () -> {
                for (int i = 0; i < filed.size(); i++) {
                    commenting.dispose(filed.get(i).id(), Resolution.NOTED, corpus.get(i));
                }
                return null;
            });

            String code = fixtures.unique("HI").toUpperCase();
            UUID instrument = crosswalk.createInstrument(new NewInstrument(code, "EU", JurisdictionKind.REGION,
                    shortField(corpus.get(1)), script + " Act", code, InstrumentType.LAW, BindingNature.BINDING_LAW,
                    InstrumentStatus.IN_FORCE, null, null, null, null, null, null, "https://example.org/" + code, "en"));
            for (int i = 0; i < 8; i++) {
                UUID provision = crosswalk.addProvision(instrument, null, NewProvision.of("Art. " + (i + 1),
                        shortField(corpus.get(i)), corpus.get(i), null));
                UUID clause = clauses.get(i);
                String p = corpus.get(i);
                fixtures.as("convenor", () -> {
                    mappings.save(draft, new NewMapping(clause, provision, Relationship.INTERSECTS_WITH,
                            Rationale.SEMANTIC, 5, p, Provenance.HUMAN, ReviewStatus.DRAFT, null));
                    return mappings.recordDeviation(draft, new NewDeviation(clause, "EU", provision, p));
                });
            }
            PublicationSummary published = fixtures.as("secretariat", () -> publishing.publish(
                    new NewPublication(draft, "CD 1", corpus.get(0) + " override")));
            fixtures.as("secretariat", () -> ballots.open(new NewBallot(wg, draft, "CD 1", null,
                    script + " ballot {{7*7}}", RuleSpec.Preset.ISO_DIS, null, null, null, null, false, null,
                    Instant.now().plus(Duration.ofDays(7)))));
            return new World(wg, draft, published.id(), wg);
        });
    }

    private HttpResponse<String> get(String path, String user) throws Exception {
        HttpRequest.Builder req = HttpRequest.newBuilder(URI.create(url(path)));
        if (user != null) {
            req.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)));
        }
        return http.send(req.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Light reader, public reader pages and REST, as the raw responses a browser or client gets. */
    private void checkPlainHtmlAndJson(World w) throws Exception {
        String script = "<script>alert(1)</script>";
        for (int tries = 0; get("/standards/" + w.publication(), null).statusCode() != 200 && tries < 120; tries++) {
            Thread.sleep(500); // the reader page waits for the background generation
        }
        List<String> pages = List.of("/standards", "/standards/" + w.publication(), "/standards/" + w.publication() + "/comments",
                "/standards/" + w.publication() + "/crosswalk", "/standards/" + w.publication() + "/changes",
                "/feeds/publications.atom");
        for (String path : pages) {
            HttpResponse<String> r = get(path, null);
            assertThat(r.statusCode()).as(path).isEqualTo(200);
            HostileAssertions.assertInert(r.body(), path);
        }
        assertThat(HostileAssertions.text(get("/standards/" + w.publication(), null).body())).contains(script);

        HttpResponse<String> clauses = get("/api/v1/drafts/" + w.draft() + "/clauses", "secretariat");
        assertThat(clauses.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
        JsonNode tree = JsonMapper.builder().build().readTree(clauses.body());
        List<String> titles = new ArrayList<>();
        tree.forEach(n -> titles.add(n.get("title").asString()));
        assertThat(titles).contains(script, "\"><img src=x onerror=alert(1)>");
        HttpResponse<String> comments = get("/api/v1/drafts/" + w.draft() + "/comments?limit=100", "secretariat");
        assertThat(comments.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
        List<String> justifications = new ArrayList<>();
        JsonMapper.builder().build().readTree(comments.body()).forEach(n -> justifications.add(n.get("justification").asString()));
        assertThat(justifications).contains(script);
        HttpResponse<String> search = get("/api/v1/search?q=alert", "secretariat");
        assertThat(search.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
        HttpResponse<String> problem = get("/api/v1/drafts/" + w.draft() + "/compare?from=" + java.net.URLEncoder
                .encode(script, StandardCharsets.UTF_8) + "&to=current", "secretariat");
        assertThat(problem.statusCode()).isBetween(400, 404);
        assertThat(problem.headers().firstValue("Content-Type").orElse("")).contains("json");
        HttpResponse<String> csv = get("/api/v1/drafts/" + w.draft() + "/comments.csv", "secretariat");
        for (String line : csv.body().split("\r\n")) {
            for (String field : line.split(",")) {
                String f = field.startsWith("\"") ? field.substring(1) : field;
                assertThat(HostileAssertions.formulaLike(f)).as("CSV field %s", f).isFalse();
            }
        }
    }

    /** Fails on any alert and on any injected element; returns the page's visible text. */
    private String visit(String path, List<String> dialogs) {
        page.navigate(url(path));
        page.waitForLoadState();
        // Vaadin renders after load; a page is there once it shows more than the shell
        page.waitForFunction("() => document.body.innerText.length > 300", null,
                new Page.WaitForFunctionOptions().setTimeout(90_000));
        page.waitForTimeout(1000);
        assertThat(dialogs).as("dialogs opened by " + path).isEmpty();
        assertThat(page.locator("img[src=x]").count()).as("injected <img> on " + path).isZero();
        assertThat(page.locator("svg[onload]").count()).as("injected <svg> on " + path).isZero();
        assertThat(page.locator("iframe[srcdoc]").count()).as("injected <iframe> on " + path).isZero();
        assertThat(page.locator("a[href^='javascript:'], a[href^='data:']").count()).as("script link on " + path).isZero();
        Object scripts = page.evaluate("() => [...document.querySelectorAll('script')].filter(s => s.textContent.includes('alert(1)')).length");
        assertThat(((Number) scripts).intValue()).as("injected script on " + path).isZero();
        screenshot("hostile" + path.replaceAll("[^a-z0-9]+", "-"));
        return page.locator("body").innerText();
    }

    @Test
    void hostileTextIsShownAsTextEverywhere() throws Exception {
        World w = seed();
        List<String> dialogs = new ArrayList<>();
        page.onDialog(d -> {
            dialogs.add(d.type() + ": " + d.message());
            d.dismiss();
        });
        String script = "<script>alert(1)</script>";
        signInAs("secretariat");
        assertThat(visit("/drafts/" + w.draft(), dialogs)).contains(script, "\"><img src=x onerror=alert(1)>");
        page.locator("button.comments-clause").first().click();
        page.waitForTimeout(1500);
        assertThat(dialogs).isEmpty();
        assertThat(page.locator("img[src=x]").count()).isZero();
        assertThat(visit("/drafts/" + w.draft() + "/comments", dialogs)).contains(script);
        visit("/crosswalk/" + w.draft(), dialogs);
        visit("/search?q=alert", dialogs);
        visit("/ballots/" + w.ballotWg(), dialogs);
        visit("/seats/" + w.wg(), dialogs);
        visit("/publications", dialogs);
        visit("/working-groups", dialogs);
        visit("/", dialogs);
        visit("/lite/drafts/" + w.draft(), dialogs);
        String lite = page.content(); // the light reader is plain HTML: check it as served
        HostileAssertions.assertInert(lite, "light reader");
        assertThat(HostileAssertions.text(lite)).contains(script, "\"><img src=x onerror=alert(1)>");
        checkPlainHtmlAndJson(w);
        visit("/standards/" + w.publication(), dialogs);
        visit("/standards/" + w.publication() + "/comments", dialogs);
    }
}
