package io.taospring.embedded.engine.sql;

import java.util.List;

/**
 * An INSERT prepared for parameter binding, before its names are resolved:
 * {@code INSERT INTO <table|?> [USING <stable> [(tags)] TAGS(?,..)] [(columns)] VALUES(?,..)}.
 *
 * @param table             the target table, or null when it is the {@code ?} placeholder
 * @param using             the super table of an auto-created child, or null
 * @param tagNames          the tags named before TAGS, or null for all tags in order
 * @param tagPlaceholders   the number of {@code ?} in TAGS
 * @param columnNames       the columns named before VALUES (may include {@code tbname} and tags when
 *                          {@code table} is a super table), or null for all columns in order
 * @param valuePlaceholders the number of {@code ?} in VALUES
 */
public record StmtInsert(TableName table, TableName using, List<String> tagNames, int tagPlaceholders,
        List<String> columnNames, int valuePlaceholders) {

    /** Parses the statement (already normalised); only {@code ?} may stand in TAGS and VALUES. */
    public static StmtInsert parse(String sql) {
        TokenCursor in = new TokenCursor(sql);
        in.expect("insert");
        in.expect("into");
        TableName table = in.acceptSymbol("?") ? null : Parser.tableName(in);
        TableName using = null;
        List<String> tagNames = null;
        int tags = 0;
        if (in.accept("using")) {
            using = Parser.tableName(in);
            tagNames = in.atSymbol("(") ? names(in) : null;
            in.expect("tags");
            tags = placeholders(in);
        }
        List<String> columns = in.atSymbol("(") ? names(in) : null;
        in.expect("values");
        int values = placeholders(in);
        in.expectEnd();
        return new StmtInsert(table, using, tagNames, tags, columns, values);
    }

    private static List<String> names(TokenCursor in) {
        in.expectSymbol("(");
        List<String> names = new java.util.ArrayList<>();
        do {
            names.add(in.identifier());
        } while (in.acceptSymbol(","));
        in.expectSymbol(")");
        return names;
    }

    private static int placeholders(TokenCursor in) {
        in.expectSymbol("(");
        int count = 0;
        do {
            if (!in.acceptSymbol("?")) {
                throw in.error();
            }
            count++;
        } while (in.acceptSymbol(","));
        in.expectSymbol(")");
        return count;
    }
}
