package org.accord.drafting;

import java.util.List;

public record NewTerm(String term, List<String> admittedTerms, String definition, String note, String source) {
}
