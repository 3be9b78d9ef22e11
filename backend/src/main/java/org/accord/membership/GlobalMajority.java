package org.accord.membership;

import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which countries count as "Global Majority". Default: every country that is not a high-income economy in the World
 * Bank's country income classification (fiscal year 2025). A deployment may replace the list (property
 * {@code accord.membership.global-majority.excluded-countries}); the FSC uses the UN Human Development Index instead.
 */
public final class GlobalMajority {

    public static final String DEFAULT_SOURCE =
            "World Bank country income classification FY2025: all economies except high-income ones";

    /** ISO 3166-1 alpha-2 codes of high-income economies (World Bank FY2025). */
    static final Set<String> HIGH_INCOME = Set.of(
            "AD", "AE", "AG", "AT", "AU", "AW", "BE", "BG", "BH", "BM", "BN", "BS", "CA", "CH", "CL", "CW", "CY",
            "CZ", "DE", "DK", "EE", "ES", "FI", "FO", "FR", "GB", "GG", "GI", "GL", "GR", "GU", "HK", "HR", "HU",
            "IE", "IL", "IM", "IS", "IT", "JE", "JP", "KN", "KR", "KW", "KY", "LI", "LT", "LU", "LV", "MC", "MF",
            "MO", "MP", "MT", "NC", "NL", "NO", "NR", "NZ", "OM", "PA", "PF", "PL", "PR", "PT", "PW", "QA", "RO",
            "RU", "SA", "SC", "SE", "SG", "SI", "SK", "SM", "SX", "TC", "TT", "TW", "US", "UY", "VG", "VI");

    private static final Set<String> ISO_COUNTRIES = Set.of(Locale.getISOCountries());

    public static final GlobalMajority DEFAULT = new GlobalMajority(HIGH_INCOME, DEFAULT_SOURCE);

    private final Set<String> excluded;
    private final String source;

    /** {@code excluded}: the countries that are not Global Majority; {@code source}: where the list comes from. */
    public GlobalMajority(Set<String> excluded, String source) {
        this.excluded = excluded.stream().map(c -> c.trim().toUpperCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
        for (String c : this.excluded) {
            if (!isKnownCountry(c)) {
                throw new IllegalArgumentException("Global Majority list: not an ISO 3166-1 alpha-2 code: " + c);
            }
        }
        if (source == null || source.isBlank()) {
            throw new IllegalArgumentException("Global Majority list: its source must be stated");
        }
        this.source = source;
    }

    public static boolean isKnownCountry(String alpha2) {
        return alpha2 != null && ISO_COUNTRIES.contains(alpha2.trim().toUpperCase(Locale.ROOT));
    }

    public boolean includes(String alpha2) {
        if (!isKnownCountry(alpha2)) {
            throw new IllegalArgumentException("Not an ISO 3166-1 alpha-2 country code: " + alpha2);
        }
        return !excluded.contains(alpha2.trim().toUpperCase(Locale.ROOT));
    }

    public String source() {
        return source;
    }
}
