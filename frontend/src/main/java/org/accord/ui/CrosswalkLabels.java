package org.accord.ui;

import org.accord.crosswalk.BindingNature;
import org.accord.crosswalk.mapping.Relationship;

import java.util.Locale;

/** How relationships look in the crosswalk: a set symbol plus words, and a colour class (never colour alone). */
final class CrosswalkLabels {

    private CrosswalkLabels() {
    }

    static String symbol(Relationship r) {
        return switch (r) {
            case EQUAL -> "=";
            case SUBSET_OF -> "⊂";
            case SUPERSET_OF -> "⊃";
            case INTERSECTS_WITH -> "∩";
            case NO_RELATIONSHIP -> "∅";
        };
    }

    static String cssClass(Relationship r) {
        return "rel-" + r.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    static String nature(BindingNature n) {
        return switch (n) {
            case BINDING_LAW -> "Binding law";
            case TREATY -> "Treaty";
            case MULTILATERAL_INSTRUMENT -> "Multilateral instrument";
            case SOFT_LAW -> "Soft law";
            case INDUSTRY_LED -> "Industry-led";
            case SECTOR_SPECIFIC -> "Sector-specific";
        };
    }
}
