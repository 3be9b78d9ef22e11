package org.accord.crosswalk;

import java.time.LocalDate;
import java.util.UUID;

public record InstrumentSummary(UUID id, String code, String jurisdiction, String jurisdictionName, String title,
                                String shortTitle, InstrumentType type, BindingNature bindingNature,
                                InstrumentStatus status, LocalDate adopted, String identifier, long provisionCount) {
}
