package org.accord.membership.participation;

import java.util.ArrayList;
import java.util.List;

/**
 * A participation report as CSV (RFC 4180, UTF-8, comma-separated, CRLF): first the rows by constituency, region and
 * Global Majority, then the missing voices, then (unless hidden) the people.
 */
public final class ParticipationCsv {

    private ParticipationCsv() {
    }

    public static String write(ParticipationReport r) {
        StringBuilder out = new StringBuilder();
        line(out, "Round", r.round());
        line(out, "Invited", Integer.toString(r.invited()), "Took part", Integer.toString(r.participated()),
                "Rate (%)", r.percent() == null ? "" : r.percent().toString(),
                "Took part without being invited", Integer.toString(r.otherParticipants()));
        out.append("\r\n");
        line(out, "Dimension", "Code", "Label", "Invited", "Took part", "Rate (%)", "Missing");
        List<ParticipationReport.Row> rows = new ArrayList<>(r.byConstituency());
        rows.addAll(r.byRegion());
        rows.addAll(r.byGlobalMajority());
        for (ParticipationReport.Row row : rows) {
            line(out, row.dimension().name(), row.code(), row.label(), Integer.toString(row.invited()),
                    Integer.toString(row.participated()), row.percent() == null ? "" : row.percent().toString(),
                    row.missingVoice() ? (row.invited() == 0 ? "not invited" : "silent") : "");
        }
        if (!r.peopleHidden()) {
            out.append("\r\n");
            line(out, "Name", "Organisation", "Country", "Constituencies", "Region", "Global Majority", "Took part");
            for (ParticipationReport.Person p : r.people()) {
                line(out, p.name(), p.organisation(), p.country(), String.join("; ", p.constituencies()), p.region(),
                        p.globalMajority() == null ? "" : p.globalMajority() ? "yes" : "no", p.participated() ? "yes" : "no");
            }
        }
        return out.toString();
    }

    private static void line(StringBuilder out, String... cells) {
        org.accord.shared.CsvCells.line(out, cells);
    }

    static String cell(String s) {
        return org.accord.shared.CsvCells.cell(s);
    }
}
