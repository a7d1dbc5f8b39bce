package org.usmx.validate;

import java.util.List;

/** The checks `usmx validate` and the test suite run; add new ones here. */
public final class DataChecks {

    private DataChecks() {}

    public static List<DataCheck> all() {
        return List.of(new ShaclCheck());
    }
}
