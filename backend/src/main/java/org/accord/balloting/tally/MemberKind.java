package org.accord.balloting.tally;

/** Whether a voting member is an organisation or an individual (FSC sub-chambers give them 90 % / 10 %). */
public enum MemberKind {
    ORGANISATION, INDIVIDUAL
}
