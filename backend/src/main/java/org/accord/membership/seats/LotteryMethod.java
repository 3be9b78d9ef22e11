package org.accord.membership.seats;

public enum LotteryMethod { LEXIMIN, LEGACY }
