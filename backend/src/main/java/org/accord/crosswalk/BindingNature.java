package org.accord.crosswalk;

/** Readers of a crosswalk must see whether a provision binds anyone: a law and a voluntary code differ. */
public enum BindingNature {
    BINDING_LAW(true), TREATY(true), MULTILATERAL_INSTRUMENT(false), SOFT_LAW(false), INDUSTRY_LED(false), SECTOR_SPECIFIC(true);

    private final boolean binding;

    BindingNature(boolean binding) {
        this.binding = binding;
    }

    public boolean isBinding() {
        return binding;
    }
}
