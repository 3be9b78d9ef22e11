package org.accord.membership;

public record NewOrganisation(String code, String name, String stakeholderGroup, String country) {
}
