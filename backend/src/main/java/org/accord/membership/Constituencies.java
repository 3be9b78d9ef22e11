package org.accord.membership;

import org.accord.shared.Problem;
import org.accord.shared.InvalidInputException;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

import java.util.*;

/**
 * The attributes seat quotas can name, derived from a person's country and stakeholder groups:
 * {@code group:SME}, {@code global-majority}, {@code region:AFRICAN}, {@code country:KE}, and the per-country cap
 * {@code country:*}. Codes are stored; labels are what people read, and they also name the attributes for the seat
 * engine so that its explanations read naturally.
 */
@Component
@EnableConfigurationProperties(MembershipProperties.class)
public class Constituencies {

    public static final String GLOBAL_MAJORITY = "global-majority";
    public static final String EACH_COUNTRY = "country:*";
    private static final String COUNTRY_LABEL_PREFIX = "Country: ";

    private final List<StakeholderGroup> groups;
    private final Map<String, StakeholderGroup> byCode = new LinkedHashMap<>();
    private final GlobalMajority globalMajority;
    /** label → attribute code, the inverse of {@link #label}, for every attribute a quota may name. */
    private final Map<String, String> attributeByLabel = new HashMap<>();

    Constituencies(MembershipProperties props) {
        this.groups = props.stakeholderGroups() == null || props.stakeholderGroups().isEmpty()
                ? List.of() : List.copyOf(props.stakeholderGroups());
        if (groups.isEmpty()) {
            throw new IllegalStateException("accord.membership.stakeholder-groups must list at least one group");
        }
        for (StakeholderGroup g : groups) {
            if (byCode.put(g.code(), g) != null) {
                throw new IllegalStateException("accord.membership.stakeholder-groups lists " + g.code() + " twice");
            }
        }
        var gm = props.globalMajority();
        boolean custom = gm != null && gm.excludedCountries() != null
                && gm.excludedCountries().stream().anyMatch(c -> !c.isBlank());
        this.globalMajority = custom
                ? new GlobalMajority(new HashSet<>(gm.excludedCountries().stream().filter(c -> !c.isBlank()).toList()),
                        gm.source())
                : GlobalMajority.DEFAULT;
        quotaAttributeChoices().forEach(a -> attributeByLabel.put(label(a), a));
        for (String c : Locale.getISOCountries()) {
            attributeByLabel.put(label("country:" + c), "country:" + c);
        }
    }

    public List<StakeholderGroup> stakeholderGroups() {
        return groups;
    }

    public boolean isStakeholderGroup(String code) {
        return code != null && byCode.containsKey(code);
    }

    public StakeholderGroup stakeholderGroup(String code) {
        StakeholderGroup g = code == null ? null : byCode.get(code.trim().toUpperCase(Locale.ROOT));
        if (g == null) {
            throw new InvalidInputException("membership.group.unknown", code, String.join(", ", byCode.keySet()));
        }
        return g;
    }

    public GlobalMajority globalMajority() {
        return globalMajority;
    }

    /** Normalised ISO 3166-1 alpha-2 code, or a clear error naming {@code where}. */
    public static String country(String code, Object where) {
        if (!GlobalMajority.isKnownCountry(code)) {
            throw new InvalidInputException(where == null ? Problem.of("membership.country.unknown", code == null ? "" : code.trim()) : Problem.of("membership.country.unknown-for", code == null ? "" : code.trim(), where), List.of());
        }
        return code.trim().toUpperCase(Locale.ROOT);
    }

    public static String countryName(String alpha2) {
        return Locale.of("", alpha2).getDisplayCountry(Locale.ENGLISH);
    }

    /** Every attribute code a person from {@code country} speaking for {@code groups} holds. */
    public Set<String> attributes(String country, Collection<String> groups) {
        Set<String> out = new TreeSet<>();
        for (String g : groups) {
            out.add("group:" + stakeholderGroup(g).code());
        }
        String c = country(country, null);
        out.add("country:" + c);
        UnRegionalGroup.of(c).ifPresent(r -> out.add("region:" + r.name()));
        if (globalMajority.includes(c)) {
            out.add(GLOBAL_MAJORITY);
        }
        return out;
    }

    /** Throws a clear error unless {@code attribute} is something a quota may name. */
    public String requireQuotaAttribute(String attribute) {
        if (attribute == null || attribute.isBlank()) {
            throw new InvalidInputException("membership.quota.attribute-required");
        }
        String a = attribute.trim();
        if (a.equals(GLOBAL_MAJORITY) || a.equals(EACH_COUNTRY)) {
            return a;
        }
        if (a.startsWith("group:")) {
            return "group:" + stakeholderGroup(a.substring(6)).code();
        }
        if (a.startsWith("region:")) {
            try {
                return "region:" + UnRegionalGroup.valueOf(a.substring(7).toUpperCase(Locale.ROOT)).name();
            } catch (IllegalArgumentException e) {
                throw new InvalidInputException("membership.region.unknown", a.substring(7), String.join(", ", Arrays.stream(UnRegionalGroup.values()).map(Enum::name).toList()));
            }
        }
        if (a.startsWith("country:")) {
            return "country:" + country(a.substring(8), Problem.of("membership.where.quota", a));
        }
        throw new InvalidInputException("membership.quota.attribute-unknown", a);
    }

    /** What people read for an attribute code; doubles as the seat engine's attribute name. */
    public String label(String attribute) {
        if (attribute.equals(GLOBAL_MAJORITY)) {
            return "Global Majority";
        }
        if (attribute.equals(EACH_COUNTRY)) {
            return COUNTRY_LABEL_PREFIX + "*";
        }
        if (attribute.startsWith("group:")) {
            StakeholderGroup g = byCode.get(attribute.substring(6));
            return g == null ? attribute : g.label();
        }
        if (attribute.startsWith("region:")) {
            try {
                return UnRegionalGroup.valueOf(attribute.substring(7)).label();
            } catch (IllegalArgumentException e) {
                return attribute;
            }
        }
        if (attribute.startsWith("country:")) {
            return COUNTRY_LABEL_PREFIX + countryName(attribute.substring(8));
        }
        return attribute;
    }

    /** The attribute code a label names (the inverse of {@link #label}); the label itself if it names none. */
    public String attributeOf(String label) {
        return attributeByLabel.getOrDefault(label, label);
    }

    /** The attributes a seat plan editor offers, in a sensible order (country:CC may also be typed). */
    public List<String> quotaAttributeChoices() {
        List<String> out = new ArrayList<>();
        groups.forEach(g -> out.add("group:" + g.code()));
        out.add(GLOBAL_MAJORITY);
        for (UnRegionalGroup r : UnRegionalGroup.values()) {
            out.add("region:" + r.name());
        }
        out.add(EACH_COUNTRY);
        return out;
    }
}
