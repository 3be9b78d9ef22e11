package org.accord.crosswalk;

import java.time.LocalDate;

public record NewInstrument(String code, String jurisdiction, String jurisdictionName, String title, String shortTitle,
                            InstrumentType type, BindingNature bindingNature, InstrumentStatus status,
                            LocalDate adopted, String identifier, String language) {
}
