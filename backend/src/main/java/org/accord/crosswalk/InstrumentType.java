package org.accord.crosswalk;

public enum InstrumentType { LAW, REGULATION, TREATY, FRAMEWORK, GUIDELINE, STANDARD }
