package io.github.hrindicators.core.records;

import io.github.hrindicators.core.Area;
import io.github.hrindicators.core.ProviderType;
import io.github.hrindicators.core.Setting;
import java.util.Objects;

/**
 * One row of a site table: where services are given. Contacts and episodes name their site by code; the site table
 * gives its provider type and setting for the disaggregations.
 *
 * @param code the site code, not blank, surrounding white space removed
 * @param name the site's name, not blank, surrounding white space removed
 * @param area the area the site lies in
 * @param providerType who runs the site
 * @param setting community, facility or prison
 */
public record Site(String code, String name, Area area, ProviderType providerType, Setting setting) {
    /**
     * Validates the row.
     *
     * @param code as in the record description
     * @param name as in the record description
     * @param area as in the record description
     * @param providerType as in the record description
     * @param setting as in the record description
     * @throws IllegalArgumentException if the code or name is blank
     * @throws NullPointerException if an argument is null
     */
    public Site {
        code = RecordChecks.nonBlank(code, "Site code");
        name = RecordChecks.nonBlank(name, "Site name");
        Objects.requireNonNull(area, "area");
        Objects.requireNonNull(providerType, "providerType");
        Objects.requireNonNull(setting, "setting");
    }
}
