package org.accord.drafting;

public record NewClause(ClauseKind kind, AnnexType annexType, String title, String body) {
}
