package vn.dongnai.contest.admission;

import vn.dongnai.contest.admission.Admission.CopyFrom;

/**
 * The lane of a request from its method and path alone (no body, no database), so the admission
 * filter decides before any blocking work. Paths are the contestant API's (README, "Contestant
 * API"); anything not listed is {@link Lane#UNMANAGED}.
 */
final class LaneClassifier {

    private LaneClassifier() {
    }

    static Admission classify(String method, String path) {
        String[] p = segments(path);
        boolean get = "GET".equals(method);
        boolean post = "POST".equals(method);
        boolean put = "PUT".equals(method);
        // a renewal keeps a person mid-attempt signed in: it must never wait behind a login wave
        if (post && is(p, "oauth", "access_token")) {
            return Admission.of(Lane.IN_PROGRESS);
        }
        if (post && is(p, "login")) {
            return Admission.signIn();
        }
        if (p.length < 2 || !"api".equals(p[0])) {
            return Admission.of(Lane.UNMANAGED);
        }
        if (post && is(p, "api", "register")) {
            return Admission.signIn();
        }
        if ("attempts".equals(p[1]) && p.length >= 3 && isId(p[2])) {
            if (get && p.length == 3
                    || put && p.length == 5 && "answers".equals(p[3]) && isId(p[4])
                    || post && p.length == 4 && "submit".equals(p[3])) {
                return Admission.of(Lane.IN_PROGRESS);
            }
            return Admission.of(Lane.UNMANAGED);
        }
        if ("rounds".equals(p[1]) && p.length >= 3 && isId(p[2])) {
            if (post && p.length == 4 && "attempts".equals(p[3])) {
                return Admission.start(Long.parseLong(p[2]));
            }
            if (get && p.length >= 4 && board(p[3])) {
                // my own place on the board (…/leaderboard/me) is personal: never from the shared cache
                return Admission.read(p.length == 4 ? CopyFrom.ANYONE : CopyFrom.NOBODY);
            }
            return Admission.of(Lane.UNMANAGED);
        }
        if ("contests".equals(p[1]) && get) {
            if (p.length == 2 || p.length == 3 && isId(p[2])) {
                // the list carries "attempts used" for a signed-in person: a stale copy is the anonymous one
                return Admission.read(CopyFrom.ANONYMOUS);
            }
            if (p.length >= 4 && isId(p[2]) && (board(p[3]) || "winners".equals(p[3]))) {
                return Admission.read(p.length == 4 ? CopyFrom.ANYONE : CopyFrom.NOBODY);
            }
        }
        return Admission.of(Lane.UNMANAGED);
    }

    private static boolean board(String part) {
        return "leaderboard".equals(part) || "units".equals(part) || "communes".equals(part);
    }

    private static boolean is(String[] p, String... expected) {
        return java.util.Arrays.equals(p, expected);
    }

    private static boolean isId(String s) {
        if (s.isEmpty() || s.length() > 18) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (!Character.isDigit(s.charAt(i)) || s.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    private static String[] segments(String path) {
        String trimmed = path;
        while (trimmed.startsWith("/")) {
            trimmed = trimmed.substring(1);
        }
        while (trimmed.endsWith("/")) {
            trimmed = trimmed.substring(0, trimmed.length() - 1);
        }
        return trimmed.isEmpty() ? new String[0] : trimmed.split("/", -1);
    }
}
