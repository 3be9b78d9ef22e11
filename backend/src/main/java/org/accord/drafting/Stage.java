package org.accord.drafting;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An ISO/IEC harmonized stage code such as {@code 20.20}: stage (00 preliminary … 95 withdrawal)
 * and sub-stage (.00 registered, .20 start, .60 close, .92–.99 decisions).
 */
public record Stage(int stage, int subStage) {

    private static final Pattern CODE = Pattern.compile("(\\d{2})\\.(\\d{2})");
    private static final Map<Integer, String[]> STAGES = Map.of(
            0, new String[]{"PWI", "Preliminary"},
            10, new String[]{"NP", "Proposal"},
            20, new String[]{"WD", "Preparatory"},
            30, new String[]{"CD", "Committee"},
            40, new String[]{"DIS", "Enquiry"},
            50, new String[]{"FDIS", "Approval"},
            60, new String[]{"IS", "Publication"},
            90, new String[]{"SR", "Review"},
            95, new String[]{"WDRL", "Withdrawal"});
    private static final Map<Integer, String> SUB_STAGES = Map.of(
            0, "registered", 20, "started", 60, "closed", 92, "back to an earlier stage",
            93, "repeat current stage", 98, "abandoned", 99, "approved to proceed");

    public Stage {
        if (!STAGES.containsKey(stage) || !SUB_STAGES.containsKey(subStage)) {
            throw new IllegalArgumentException("Not a harmonized stage code: %02d.%02d".formatted(stage, subStage));
        }
    }

    public static Stage parse(String code) {
        Matcher m = code == null ? null : CODE.matcher(code.trim());
        if (m == null || !m.matches()) {
            throw new IllegalArgumentException("Stage code must look like 20.20, got '" + code + "'");
        }
        return new Stage(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
    }

    public String code() {
        return "%02d.%02d".formatted(stage, subStage);
    }

    /** The document abbreviation used at this stage: WD, CD, DIS … */
    public String abbreviation() {
        return STAGES.get(stage)[0];
    }

    public String label() {
        return STAGES.get(stage)[1] + " stage (" + abbreviation() + "), " + SUB_STAGES.get(subStage);
    }

    /** Published, withdrawn or under review: the text itself is frozen. */
    public boolean isPublished() {
        return stage >= 60;
    }
}
