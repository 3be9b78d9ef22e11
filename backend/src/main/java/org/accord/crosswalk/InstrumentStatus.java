package org.accord.crosswalk;

public enum InstrumentStatus { PROPOSED, ADOPTED, IN_FORCE, REPEALED }
