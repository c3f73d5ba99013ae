package io.taospring.embedded.schemaless;

import java.util.List;

/**
 * One parsed row.
 *
 * @param stable   the super-table name (dots already replaced by underscores)
 * @param tableKey the text that identifies the child table within a request (measurement and tag set as
 *                 written), so that the name is computed once per distinct tag set
 * @param tags     the tags, in line order
 * @param fields   the fields (columns other than the timestamp), in line order
 * @param time     the timestamp
 * @param position where the line starts in the request's data
 */
record SmlPoint(String stable, String tableKey, List<SmlKv> tags, List<SmlKv> fields, SmlTime time,
        int position) {
}
