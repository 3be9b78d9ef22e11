package org.accord.drafting;

import java.util.UUID;

public record NewDraft(UUID workingGroupId, String reference, String title, String language, String stageCode) {
}
