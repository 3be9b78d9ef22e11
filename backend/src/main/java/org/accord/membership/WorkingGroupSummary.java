package org.accord.membership;

import java.util.UUID;

public record WorkingGroupSummary(UUID id, String committeeReference, String committeeTitle, String code,
                                  String title, String scope, long memberCount) {
    public String label() {
        return committeeReference + "/" + code + " " + title;
    }
}
