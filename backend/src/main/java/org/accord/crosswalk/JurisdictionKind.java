package org.accord.crosswalk;

/** Whose law it is: a country, a part of one (a US state), a regional union (EU) or an international body. */
public enum JurisdictionKind { COUNTRY, SUBNATIONAL, REGION, INTERNATIONAL }
