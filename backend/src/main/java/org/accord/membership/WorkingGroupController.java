package org.accord.membership;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

@RestController
@RequestMapping("/api/v1/working-groups")
@Tag(name = "Working groups")
class WorkingGroupController {

    private final MembershipService membership;

    WorkingGroupController(MembershipService membership) {
        this.membership = membership;
    }

    @GetMapping
    @Operation(summary = "All working groups with their committee and member count")
    List<WorkingGroupSummary> list() {
        return membership.workingGroups();
    }
}
