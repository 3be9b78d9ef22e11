package org.accord.membership;

public record NewOrganisation(String code, String name, StakeholderGroup stakeholderGroup, String country) {
}
