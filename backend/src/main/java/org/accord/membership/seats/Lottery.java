package org.accord.membership.seats;

import java.util.Map;

public record Lottery(Result result, Map<String, Double> selectionProbability, long seed, LotteryMethod method) {
}
