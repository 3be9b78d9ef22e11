package org.accord.search;

/** What a hit is; results are grouped by it. */
public enum SearchKind { CLAUSE, TERM, COMMENT, PROVISION, PUBLICATION }
