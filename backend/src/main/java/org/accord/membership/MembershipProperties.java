package org.accord.membership;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.util.List;

/**
 * {@code accord.membership.*}: the stakeholder groups a deployment recognises and its Global Majority list.
 * Defaults are in {@code accord-defaults.properties}.
 */
@ConfigurationProperties("accord.membership")
record MembershipProperties(List<StakeholderGroup> stakeholderGroups, GlobalMajorityList globalMajority) {

    /** {@code excludedCountries} empty = the shipped default list. */
    record GlobalMajorityList(List<String> excludedCountries, String source) {
    }
}
