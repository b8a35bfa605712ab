package vn.dongnai.contest.account;

/**
 * An account was erased: published inside the erasure's transaction, after the account's own
 * personal data went, so the features that keep other traces of the person (identity claims and
 * verifications, the origins of attempts) remove or replace them in the same transaction.
 * {@code pseudonym}: the name that now stands for the person.
 */
public record AccountErased(long accountId, String pseudonym) {
}
