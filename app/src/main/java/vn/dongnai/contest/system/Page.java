package vn.dongnai.contest.system;

import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/** One page of a longer list: the items, where they sit, and how many there are in all. */
@Serdeable
public record Page<T>(List<T> items, int page, int size, long total) {

    public static final int MAX_SIZE = 200;

    /** 0-based page and its size, checked: a bad value is a 422 naming the parameter, not a silent default. */
    public static void check(int page, int size) {
        FieldErrors errors = new FieldErrors();
        if (page < 0) {
            errors.add("page", "OUT_OF_RANGE", "Số trang phải từ 0 trở lên.", "page must be 0 or more.");
        }
        if (size < 1 || size > MAX_SIZE) {
            errors.add("size", "OUT_OF_RANGE", "Số dòng mỗi trang phải từ 1 đến " + MAX_SIZE + ".",
                    "size must be 1.." + MAX_SIZE + ".");
        }
        errors.throwIfAny();
    }
}
