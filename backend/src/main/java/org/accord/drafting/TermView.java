package org.accord.drafting;

import java.util.List;
import java.util.UUID;

public record TermView(UUID id, String number, String term, List<String> admittedTerms, String definition,
                       String note, String source) {
}
