package vn.dongnai.contest.account;

import java.util.Optional;

/**
 * The official names of units (đơn vị) and communes (xã, phường) registration checks against.
 * While a list is empty the field stays free text, so a contest can open before its catalog is
 * loaded; once it has entries only those are accepted, stored with their official spelling.
 * Implemented by the catalog feature, so accounts do not depend on it.
 */
public interface RegistrationCatalog {

    /** What a typed name matched in one list. */
    record Match(boolean listEmpty, Optional<String> officialName) {

        public static Match freeText() {
            return new Match(true, Optional.empty());
        }
    }

    Match commune(String typed);

    Match unit(String typed);
}
