package org.accord.membership;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The five UN regional groups (UN Department for General Assembly and Conference Management, member states by
 * group). Kiribati belongs to none, and non-member territories have none. The United States and Türkiye are counted
 * with WEOG, as they are for electoral purposes.
 */
public enum UnRegionalGroup {
    AFRICAN("African Group", Set.of("DZ", "AO", "BJ", "BW", "BF", "BI", "CV", "CM", "CF", "TD", "KM", "CG", "CD",
            "CI", "DJ", "EG", "GQ", "ER", "SZ", "ET", "GA", "GM", "GH", "GN", "GW", "KE", "LS", "LR", "LY", "MG", "MW",
            "ML", "MR", "MU", "MA", "MZ", "NA", "NE", "NG", "RW", "ST", "SN", "SC", "SL", "SO", "ZA", "SS", "SD", "TZ",
            "TG", "TN", "UG", "ZM", "ZW")),
    ASIA_PACIFIC("Asia-Pacific Group", Set.of("AF", "BH", "BD", "BT", "BN", "KH", "CN", "CY", "KP", "FJ", "IN", "ID",
            "IR", "IQ", "JP", "JO", "KZ", "KW", "KG", "LA", "LB", "MY", "MV", "MH", "FM", "MN", "MM", "NR", "NP", "OM",
            "PK", "PW", "PG", "PH", "QA", "KR", "WS", "SA", "SG", "SB", "LK", "SY", "TJ", "TH", "TL", "TO", "TM", "TV",
            "AE", "UZ", "VU", "VN", "YE")),
    EASTERN_EUROPEAN("Eastern European Group", Set.of("AL", "AM", "AZ", "BY", "BA", "BG", "HR", "CZ", "EE", "GE",
            "HU", "LV", "LT", "MD", "ME", "MK", "PL", "RO", "RU", "RS", "SK", "SI", "UA")),
    GRULAC("Latin American and Caribbean Group", Set.of("AG", "AR", "BS", "BB", "BZ", "BO", "BR", "CL", "CO", "CR",
            "CU", "DM", "DO", "EC", "SV", "GD", "GT", "GY", "HT", "HN", "JM", "MX", "NI", "PA", "PY", "PE", "KN", "LC",
            "VC", "SR", "TT", "UY", "VE")),
    WEOG("Western European and Others Group", Set.of("AD", "AU", "AT", "BE", "CA", "DK", "FI", "FR", "DE", "GR",
            "IS", "IE", "IL", "IT", "LI", "LU", "MT", "MC", "NL", "NZ", "NO", "PT", "SM", "ES", "SE", "CH", "TR", "GB",
            "US"));

    private static final Map<String, UnRegionalGroup> BY_COUNTRY = new HashMap<>();

    static {
        for (UnRegionalGroup g : values()) {
            for (String c : g.members) {
                if (BY_COUNTRY.put(c, g) != null) {
                    throw new ExceptionInInitializerError(c + " is in two UN regional groups");
                }
            }
        }
    }

    private final String label;
    private final Set<String> members;

    UnRegionalGroup(String label, Set<String> members) {
        this.label = label;
        this.members = members;
    }

    public String label() {
        return label;
    }

    Set<String> members() {
        return members;
    }

    public static Optional<UnRegionalGroup> of(String alpha2) {
        return alpha2 == null ? Optional.empty() : Optional.ofNullable(BY_COUNTRY.get(alpha2.toUpperCase(Locale.ROOT)));
    }
}
