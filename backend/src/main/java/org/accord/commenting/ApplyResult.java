package org.accord.commenting;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/** What one-click apply did: a new clause revision, or why it could not and where it looked. */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "outcome")
@JsonSubTypes({@JsonSubTypes.Type(value = ApplyResult.Applied.class, name = "applied"),
        @JsonSubTypes.Type(value = ApplyResult.NotApplicable.class, name = "not-applicable")})
public sealed interface ApplyResult {

    record Applied(int revisionNo, boolean merged) implements ApplyResult {
    }

    record NotApplicable(String reason, int expectedAt, String textNearby) implements ApplyResult {
    }
}
