package org.accord.drafting.internal;

import org.accord.shared.NotAllowedException;
import org.accord.drafting.Stage;
import org.accord.identity.AccordUser;
import org.accord.identity.IdentityService;
import org.accord.shared.InvalidInputException;
import org.accord.shared.NotFoundException;
import org.accord.shared.security.WorkingGroupAccess;
import org.accord.shared.security.WorkingGroupRole;
import org.springframework.stereotype.Component;

import java.util.UUID;

/** Who may read and who may change a draft: members read, editors and convenors write. */
@Component
public class DraftAccess {

    private final DraftStandards drafts;
    private final WorkingGroupAccess access;

    DraftAccess(DraftStandards drafts, WorkingGroupAccess access) {
        this.drafts = drafts;
        this.access = access;
    }

    public DraftStandard readable(UUID draftId) {
        DraftStandard draft = drafts.findById(draftId).orElseThrow(() -> new NotFoundException("Draft", draftId));
        access.requireRead(draft.getWorkingGroupId());
        return draft;
    }

    public boolean mayEdit(DraftStandard draft) {
        return access.isStaff() || access.hasAnyRole(draft.getWorkingGroupId(), WorkingGroupRole.CONVENOR, WorkingGroupRole.EDITOR);
    }

    public DraftStandard editable(UUID draftId) {
        DraftStandard draft = readable(draftId);
        if (!mayEdit(draft)) {
            throw new NotAllowedException("drafting.edit-not-allowed");
        }
        if (Stage.parse(draft.getStageCode()).isPublished()) {
            throw new InvalidInputException("drafting.published-frozen", draft.getReference());
        }
        return draft;
    }

    public boolean isSecretariat() {
        return access.isStaff();
    }

    public static UUID currentUserId() {
        return IdentityService.currentUser().map(AccordUser::userId).orElse(null);
    }
}
