package org.accord.publishing.formats;

import org.accord.membership.participation.ParticipationReport;
import org.accord.membership.participation.ParticipationReport.Missing;
import org.accord.membership.participation.ParticipationReport.Row;

import java.util.List;

/**
 * The "Participation" section published with the consensus version, in HTML and in Markdown: for every comment
 * period and ballot round on the text, how many of those invited took part, by constituency, UN regional group and
 * Global Majority, and the missing voices. Counts only: a publication names nobody.
 */
public final class ParticipationSection {

    static final String INTRO = "Who was invited to each comment period and ballot round on this text, and who took "
            + "part (submitted at least one comment, or voted), by constituency and region. A member counts in every "
            + "constituency they belong to, so the constituency rows can add up to more than the total.";

    private ParticipationSection() {
    }

    /** Well-formed XHTML; nothing when there are no reports. */
    public static String html(List<ParticipationReport> reports) {
        if (reports == null || reports.isEmpty()) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        out.append("<section id=\"participation\" class=\"participation\" aria-labelledby=\"participation-heading\">\n")
                .append("<h2 id=\"participation-heading\">Participation</h2>\n<p>").append(Xml.escape(INTRO)).append("</p>\n");
        for (ParticipationReport r : reports) {
            out.append("<section class=\"participation-round\">\n<h3>").append(Xml.escape(r.round())).append("</h3>\n")
                    .append("<p>").append(Xml.escape(total(r))).append("</p>\n");
            table(out, "By constituency", "Constituency", r.byConstituency());
            table(out, "By UN regional group", "Region", r.byRegion());
            table(out, "Global Majority", "Countries", r.byGlobalMajority());
            out.append("<p class=\"missing-voices\"><strong>Missing voices:</strong> ")
                    .append(Xml.escape(missing(r.missing()))).append("</p>\n</section>\n");
        }
        return out.append("</section>\n").toString();
    }

    public static String markdown(List<ParticipationReport> reports) {
        if (reports == null || reports.isEmpty()) {
            return "";
        }
        StringBuilder out = new StringBuilder("\n\n## Participation\n\n").append(INTRO).append("\n");
        for (ParticipationReport r : reports) {
            out.append("\n### ").append(md(r.round())).append("\n\n").append(total(r)).append("\n");
            mdTable(out, "Constituency", r.byConstituency());
            mdTable(out, "UN regional group", r.byRegion());
            mdTable(out, "Global Majority", r.byGlobalMajority());
            out.append("\n**Missing voices:** ").append(md(missing(r.missing()))).append("\n");
        }
        return out.toString();
    }

    static String total(ParticipationReport r) {
        return r.participated() + " of " + r.invited() + " invited took part"
                + (r.percent() == null ? "." : " (" + r.percent() + " %).")
                + (r.otherParticipants() > 0 ? " " + r.otherParticipants() + " more took part without being invited." : "");
    }

    static String missing(List<Missing> missing) {
        if (missing.isEmpty()) {
            return "none: every constituency and region took part.";
        }
        StringBuilder sb = new StringBuilder();
        for (Missing m : missing) {
            if (!sb.isEmpty()) {
                sb.append("; ");
            }
            sb.append(m.label()).append(m.reason() == ParticipationReport.Reason.NOT_INVITED
                    ? " (nobody invited)" : " (" + m.invited() + " invited, none took part)");
        }
        return sb.append('.').toString();
    }

    private static void table(StringBuilder out, String caption, String first, List<Row> rows) {
        out.append("<table class=\"participation-table\">\n<caption>").append(Xml.escape(caption)).append("</caption>\n")
                .append("<thead><tr><th scope=\"col\">").append(Xml.escape(first))
                .append("</th><th scope=\"col\">Invited</th><th scope=\"col\">Took part</th><th scope=\"col\">Rate</th></tr></thead>\n<tbody>\n");
        for (Row row : rows) {
            out.append("<tr").append(row.missingVoice() ? " class=\"missing\"" : "").append("><th scope=\"row\">")
                    .append(Xml.escape(row.label())).append(row.missingVoice() ? " (missing)" : "").append("</th><td>")
                    .append(row.invited()).append("</td><td>").append(row.participated()).append("</td><td>")
                    .append(row.percent() == null ? "—" : row.percent() + " %").append("</td></tr>\n");
        }
        out.append("</tbody>\n</table>\n");
    }

    private static void mdTable(StringBuilder out, String first, List<Row> rows) {
        out.append("\n| ").append(first).append(" | Invited | Took part | Rate |\n|---|---:|---:|---:|\n");
        for (Row row : rows) {
            out.append("| ").append(md(row.label())).append(row.missingVoice() ? " (missing)" : "").append(" | ")
                    .append(row.invited()).append(" | ").append(row.participated()).append(" | ")
                    .append(row.percent() == null ? "—" : row.percent() + " %").append(" |\n");
        }
    }

    /** Markdown-inert text: the characters that would start markup are escaped. */
    static String md(String s) {
        return s == null ? "" : s.replaceAll("([\\\\`*_\\[\\]<>|#])", "\\\\$1").replace("\n", " ");
    }
}
