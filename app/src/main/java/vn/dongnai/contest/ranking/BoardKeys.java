package vn.dongnai.contest.ranking;

/**
 * The Redis keys of one board. All carry the same hash tag ({r:12} for round 12, {c:3} for
 * contest 3), so a board lives in one Redis Cluster slot and its Lua scripts stay legal there.
 */
record BoardKeys(String tag, String variant) {

    static BoardKeys round(long roundId) {
        return new BoardKeys("r:" + roundId, "");
    }

    static BoardKeys contest(long contestId) {
        return new BoardKeys("c:" + contestId, "");
    }

    /** The sorted set: order of the board. */
    String order() {
        return key("z");
    }

    /** contestant id → member. */
    String members() {
        return key("m");
    }

    /** member → what the board shows (JSON). */
    String entries() {
        return key("e");
    }

    /** contestant id → last applied outbox id, so a late, older update never overwrites a newer one. */
    String versions() {
        return key("v");
    }

    /** unit → participants. */
    String units() {
        return key("u");
    }

    /** commune → participants. */
    String communes() {
        return key("c");
    }

    /** contestant id → "unit\tcommune" the contestant was counted under. */
    String groups() {
        return key("g");
    }

    String[] all() {
        return new String[]{order(), members(), entries(), versions(), units(), communes(), groups()};
    }

    /**
     * Where one rebuild writes before it swaps the board in, in the same slot. Each rebuild has its
     * own: two rebuilds of a board at once (the drainer after a failover, a round closing, the
     * rebuild command) must not write into, delete or swap in each other's half-written copy.
     */
    BoardKeys staging(String rebuild) {
        return new BoardKeys(tag, "staging:" + rebuild + ":");
    }

    private String key(String part) {
        return "lb:{" + tag + "}:" + variant + part;
    }
}
