/*
 * A test double of libtaos 3.x (the C API of protocol/native-c-api.md) over fixed data.
 *
 * It has the same signatures and struct layouts as the real library, so the JNA binding under test
 * cannot tell the difference. Every handle it hands out (connections, results, statements, TMQ
 * configurations, lists, consumers, assignment arrays) is registered; freeing an unknown handle or a
 * handle of the wrong kind is counted instead of crashing. Calls are written to a log that the tests
 * read, so they can check that the right arguments arrived.
 *
 * Fixed data (selected by the SQL text):
 *   select * from alltypes   one block of 2 rows with a column of every type; row 1 is NULL but ts
 *   select * from multi      three blocks (3, 3, 1 rows) of one BIGINT column v = 0..6
 *   select * from fetchfail  one block, then the second fetch fails with 0x80000711
 *   insert ...               an update of 3 rows; create/use/drop: 0 rows
 *   select ... (other)       0x80002603 Table does not exist; anything else 0x80002600 syntax error
 */
#define _GNU_SOURCE
#include <pthread.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---- struct layouts (native-c-api.md section 4) ---- */

typedef struct {
    char name[65];
    int8_t type;
    int32_t bytes;
} TAOS_FIELD;

typedef struct {
    char name[65];
    int8_t type;
    uint8_t precision;
    uint8_t scale;
    int32_t bytes;
} TAOS_FIELD_E;

typedef struct {
    int buffer_type;
    void *buffer;
    int32_t *length;
    char *is_null;
    int num;
} TAOS_STMT2_BIND;

typedef struct {
    int count;
    char **tbnames;
    TAOS_STMT2_BIND **tags;
    TAOS_STMT2_BIND **bind_cols;
} TAOS_STMT2_BINDV;

typedef struct {
    int64_t reqid;
    bool singleStbInsert;
    bool singleTableBindOnce;
    void *asyncExecFn;
    void *userdata;
} TAOS_STMT2_OPTION;

typedef struct {
    int32_t vgId;
    int64_t currentOffset;
    int64_t begin;
    int64_t end;
} tmq_topic_assignment;

_Static_assert(sizeof(TAOS_FIELD) == 72, "TAOS_FIELD is 72 bytes");
_Static_assert(sizeof(TAOS_FIELD_E) == 72, "TAOS_FIELD_E is 72 bytes");
_Static_assert(sizeof(TAOS_STMT2_BIND) == 40, "TAOS_STMT2_BIND is 40 bytes");
_Static_assert(sizeof(TAOS_STMT2_BINDV) == 32, "TAOS_STMT2_BINDV is 32 bytes");
_Static_assert(sizeof(TAOS_STMT2_OPTION) == 32, "TAOS_STMT2_OPTION is 32 bytes");
_Static_assert(sizeof(tmq_topic_assignment) == 32, "tmq_topic_assignment is 32 bytes");

/* ---- handle registry ---- */

enum kind { K_CONN = 1, K_RES, K_STMT2, K_CONF, K_LIST, K_TMQ, K_ASSIGN };

#define MAX_HANDLES 4096
static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;
static void *live[MAX_HANDLES];
static int live_kind[MAX_HANDLES];
static int live_count;
static int bad_frees;

static void *track(void *p, int kind) {
    pthread_mutex_lock(&lock);
    for (int i = 0; i < MAX_HANDLES; i++) {
        if (live[i] == NULL) {
            live[i] = p;
            live_kind[i] = kind;
            live_count++;
            break;
        }
    }
    pthread_mutex_unlock(&lock);
    return p;
}

/* 1 when p was a live handle of that kind (and is now forgotten), 0 otherwise (counted as a bad free) */
static int untrack(void *p, int kind) {
    int found = 0;
    pthread_mutex_lock(&lock);
    for (int i = 0; i < MAX_HANDLES; i++) {
        if (p != NULL && live[i] == p && live_kind[i] == kind) {
            live[i] = NULL;
            live_count--;
            found = 1;
            break;
        }
    }
    if (!found) {
        bad_frees++;
    }
    pthread_mutex_unlock(&lock);
    return found;
}

/* ---- call log and fake control ---- */

#define LOG_SIZE 65536
static char call_log[LOG_SIZE];
static size_t log_len;
static char client_info[64] = "3.3.6.0";

static void logf_(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
static void logf_(const char *fmt, ...) {
    va_list ap;
    pthread_mutex_lock(&lock);
    va_start(ap, fmt);
    int n = vsnprintf(call_log + log_len, LOG_SIZE - log_len, fmt, ap);
    va_end(ap);
    if (n > 0 && log_len + n + 1 < LOG_SIZE) {
        log_len += n;
        call_log[log_len++] = '\n';
        call_log[log_len] = 0;
    }
    pthread_mutex_unlock(&lock);
}

int taosfake_live_handles(void) { return live_count; }
int taosfake_bad_frees(void) { return bad_frees; }
const char *taosfake_calls(void) { return call_log; }
void taosfake_set_client_info(const char *version) { snprintf(client_info, sizeof client_info, "%s", version); }

void taosfake_reset(void) {
    pthread_mutex_lock(&lock);
    log_len = 0;
    call_log[0] = 0;
    bad_frees = 0;
    pthread_mutex_unlock(&lock);
    snprintf(client_info, sizeof client_info, "%s", "3.3.6.0");
}

/* ---- thread-local error of connection-level calls ---- */

static __thread int tl_errno;
static __thread char tl_errstr[256];

static void set_tl_error(int code, const char *text) {
    tl_errno = code;
    snprintf(tl_errstr, sizeof tl_errstr, "%s", text);
}

/* ---- raw block builder (raw-block.md) ---- */

typedef struct {
    int8_t type;
    int32_t width;      /* internal width for the schema */
    int size;           /* fixed: value size; 0 = variable */
    int prefix;         /* variable: length prefix size (2, BLOB 4) */
    const void *fixed;  /* fixed: rows * size bytes */
    const char *nulls;  /* fixed: per-row 1 = NULL (may be NULL) */
    const void **var;   /* variable: per-row value bytes, NULL = NULL */
    const int *lens;    /* variable: per-row byte lengths */
} column;

static void put32(unsigned char *p, int32_t v) { memcpy(p, &v, 4); }

static int32_t value_length(const column *c, int rows) {
    if (c->size) {
        return rows * c->size;
    }
    int32_t n = 0;
    for (int r = 0; r < rows; r++) {
        if (c->var[r]) {
            n += c->prefix + c->lens[r];
        }
    }
    return n;
}

static int32_t section_length(const column *c, int rows) {
    return (c->size ? (rows + 7) / 8 : 4 * rows) + value_length(c, rows);
}

static unsigned char *write_fixed(unsigned char *p, const column *c, int rows) {
    int bitmap = (rows + 7) / 8;
    memset(p, 0, bitmap);
    for (int r = 0; r < rows; r++) {
        if (c->nulls && c->nulls[r]) {
            p[r >> 3] |= (unsigned char) (0x80 >> (r & 7));
        }
    }
    memcpy(p + bitmap, c->fixed, (size_t) rows * c->size);
    return p + bitmap + rows * c->size;
}

static unsigned char *write_var(unsigned char *p, const column *c, int rows) {
    unsigned char *values = p + 4 * rows;
    int32_t at = 0;
    for (int r = 0; r < rows; r++) {
        if (!c->var[r]) {
            put32(p + 4 * r, -1);
            continue;
        }
        put32(p + 4 * r, at);
        if (c->prefix == 4) {
            put32(values + at, c->lens[r]);
        } else {
            uint16_t len = (uint16_t) c->lens[r];
            memcpy(values + at, &len, 2);
        }
        memcpy(values + at + c->prefix, c->var[r], c->lens[r]);
        at += c->prefix + c->lens[r];
    }
    return values + at;
}

static unsigned char *build_block(const column *cols, int ncols, int rows) {
    int32_t total = 28 + 9 * ncols + 1;
    for (int i = 0; i < ncols; i++) {
        total += section_length(&cols[i], rows);
    }
    unsigned char *b = calloc(1, total);
    put32(b, 1);
    put32(b + 4, total);
    put32(b + 8, rows);
    put32(b + 12, ncols);
    put32(b + 16, (int32_t) 0x80000000u);
    unsigned char *p = b + 28;
    for (int i = 0; i < ncols; i++, p += 5) {
        p[0] = (unsigned char) cols[i].type;
        put32(p + 1, cols[i].width);
    }
    for (int i = 0; i < ncols; i++, p += 4) {
        put32(p, value_length(&cols[i], rows));
    }
    for (int i = 0; i < ncols; i++) {
        p = cols[i].size ? write_fixed(p, &cols[i], rows) : write_var(p, &cols[i], rows);
    }
    return b;
}

/* ---- results ---- */

#define MAX_BLOCKS 4
#define MAX_FIELDS 20

typedef struct {
    int code;
    char errstr[128];
    int nfields;
    TAOS_FIELD_E fields_e[MAX_FIELDS];
    TAOS_FIELD fields[MAX_FIELDS];
    int64_t affected;
    int precision;
    int nblocks;
    int next;
    int fail_at;  /* fetch number that fails, -1 = none */
    unsigned char *blocks[MAX_BLOCKS];
    int rows[MAX_BLOCKS];
    /* TMQ messages */
    char topic[64];
    const char *tables[MAX_BLOCKS];
} result;

static result *new_result(void) {
    result *res = calloc(1, sizeof(result));
    res->fail_at = -1;
    return track(res, K_RES);
}

static void add_field(result *res, const char *name, int8_t type, int32_t bytes, uint8_t precision, uint8_t scale) {
    TAOS_FIELD_E *e = &res->fields_e[res->nfields];
    snprintf(e->name, sizeof e->name, "%s", name);
    e->type = type;
    e->bytes = bytes;
    e->precision = precision;
    e->scale = scale;
    TAOS_FIELD *f = &res->fields[res->nfields];
    snprintf(f->name, sizeof f->name, "%s", name);
    f->type = type;
    f->bytes = bytes;
    res->nfields++;
}

static void add_block(result *res, unsigned char *block, int rows) {
    res->blocks[res->nblocks] = block;
    res->rows[res->nblocks] = rows;
    res->nblocks++;
}

static void fill_alltypes(result *res) {
    static const int64_t ts[] = {1700000000000LL, 1700000001000LL};
    static const char nulls[] = {0, 1};
    static const int8_t b[] = {1, 0}, ti[] = {-8, 0};
    static const int16_t si[] = {-1600, 0};
    static const int32_t i32[] = {-320000, 0};
    static const int64_t bi[] = {-6400000000LL, 0};
    static const float f[] = {1.5f, 0};
    static const double d[] = {2.25, 0};
    static const uint8_t uti[] = {250, 0};
    static const uint16_t usi[] = {65000, 0};
    static const uint32_t ui[] = {4000000000u, 0};
    static const uint64_t ubi[] = {UINT64_MAX, 0};
    static const int64_t dec[] = {12345, 0};
    static const int64_t dec128[] = {123456789, 0, 0, 0}; /* low uint64, high int64 per row */
    static const uint32_t nchar[] = {0x6E29, 0x5EA6}; /* two CJK characters, UCS-4LE */
    static const unsigned char vb[] = {0x01, 0x02, 0xFF};
    static const unsigned char point[21] = {1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xF0, 0x3F, 0, 0, 0, 0, 0, 0, 0, 0x40};
    static const void *vc_v[] = {"hello", NULL}, *nc_v[] = {nchar, NULL}, *vb_v[] = {vb, NULL};
    static const void *g_v[] = {point, NULL}, *j_v[] = {"{\"k\":1}", NULL}, *bl_v[] = {"blob!", NULL};
    static const int vc_l[] = {5, 0}, nc_l[] = {8, 0}, vb_l[] = {3, 0}, g_l[] = {21, 0}, j_l[] = {7, 0}, bl_l[] = {5, 0};
    column cols[] = {
        {9, 8, 8, 0, ts, NULL, NULL, NULL},      {1, 1, 1, 0, b, nulls, NULL, NULL},
        {2, 1, 1, 0, ti, nulls, NULL, NULL},     {3, 2, 2, 0, si, nulls, NULL, NULL},
        {4, 4, 4, 0, i32, nulls, NULL, NULL},    {5, 8, 8, 0, bi, nulls, NULL, NULL},
        {6, 4, 4, 0, f, nulls, NULL, NULL},      {7, 8, 8, 0, d, nulls, NULL, NULL},
        {8, 12, 0, 2, NULL, NULL, vc_v, vc_l},   {10, 18, 0, 2, NULL, NULL, nc_v, nc_l},
        {11, 1, 1, 0, uti, nulls, NULL, NULL},   {12, 2, 2, 0, usi, nulls, NULL, NULL},
        {13, 4, 4, 0, ui, nulls, NULL, NULL},    {14, 8, 8, 0, ubi, nulls, NULL, NULL},
        {16, 10, 0, 2, NULL, NULL, vb_v, vb_l},  {20, 34, 0, 2, NULL, NULL, g_v, g_l},
        {21, (8 << 24) | (10 << 8) | 2, 8, 0, dec, nulls, NULL, NULL},
        {15, 16384, 0, 2, NULL, NULL, j_v, j_l},
        {18, 4194308, 0, 4, NULL, NULL, bl_v, bl_l},
        {17, (16 << 24) | (20 << 8) | 4, 16, 0, dec128, nulls, NULL, NULL},
    };
    static const char *names[] = {"ts", "b", "ti", "si", "i", "bi", "f", "d", "vc", "nc",
                                  "uti", "usi", "ui", "ubi", "vb", "g", "dec", "j", "bl", "dec128"};
    static const int32_t declared[] = {8, 1, 1, 2, 4, 8, 4, 8, 10, 4, 1, 2, 4, 8, 8, 32, 8, 4095, 4194304, 16};
    static const uint8_t precision[] = {[16] = 10, [19] = 20}, scale[] = {[16] = 2, [19] = 4};
    for (int i = 0; i < 20; i++) {
        add_field(res, names[i], cols[i].type, declared[i], precision[i], scale[i]);
    }
    add_block(res, build_block(cols, 20, 2), 2);
}

static unsigned char *bigint_block(int64_t from, int rows) {
    int64_t values[8];
    for (int r = 0; r < rows; r++) {
        values[r] = from + r;
    }
    column c = {5, 8, 8, 0, values, NULL, NULL, NULL};
    return build_block(&c, 1, rows);
}

static void fill_multi(result *res) {
    add_field(res, "v", 5, 8, 0, 0);
    add_block(res, bigint_block(0, 3), 3);
    add_block(res, bigint_block(3, 3), 3);
    add_block(res, bigint_block(6, 1), 1);
}

static void fail(result *res, int code, const char *text) {
    res->code = code;
    snprintf(res->errstr, sizeof res->errstr, "%s", text);
}

static int starts_with(const char *s, const char *prefix) { return strncmp(s, prefix, strlen(prefix)) == 0; }

static result *run_sql(const char *sql) {
    result *res = new_result();
    if (strcmp(sql, "select * from alltypes") == 0) {
        fill_alltypes(res);
    } else if (strcmp(sql, "select * from multi") == 0) {
        fill_multi(res);
    } else if (strcmp(sql, "select * from fetchfail") == 0) {
        fill_multi(res);
        res->fail_at = 1;
    } else if (starts_with(sql, "insert")) {
        res->affected = 3;
    } else if (starts_with(sql, "create") || starts_with(sql, "use") || starts_with(sql, "drop")) {
        res->affected = 0;
    } else if (starts_with(sql, "select")) {
        fail(res, (int) 0x80002603, "Table does not exist");
    } else {
        fail(res, (int) 0x80002600, "syntax error near 'bad'");
    }
    return res;
}

/* ---- library and connection ---- */

typedef struct {
    char db[65];
} connection;

int taos_init(void) { return 0; }
void taos_cleanup(void) {}
const char *taos_get_client_info(void) { return client_info; }

int taos_options(int option, const void *arg, ...) {
    logf_("taos_options option=%d arg=%s", option, arg ? (const char *) arg : "(null)");
    return 0;
}

void *taos_connect(const char *ip, const char *user, const char *pass, const char *db, uint16_t port) {
    logf_("taos_connect ip=%s user=%s pass=%s db=%s port=%u", ip ? ip : "(null)", user, pass,
          db ? db : "(null)", port);
    if (ip && strcmp(ip, "unreachable") == 0) {
        set_tl_error((int) 0x8000000B, "Unable to establish connection");
        return NULL;
    }
    if (strcmp(pass, "wrong") == 0) {
        set_tl_error((int) 0x80000357, "Authentication failure");
        return NULL;
    }
    if (db && strcmp(db, "nodb") == 0) {
        set_tl_error((int) 0x80000388, "Database not exist");
        return NULL;
    }
    set_tl_error(0, "success");
    connection *c = calloc(1, sizeof(connection));
    snprintf(c->db, sizeof c->db, "%s", db ? db : "");
    return track(c, K_CONN);
}

void taos_close(void *taos) {
    logf_("taos_close");
    if (untrack(taos, K_CONN)) {
        free(taos);
    }
}

const char *taos_get_server_info(void *taos) { return "3.3.6.0-fake"; }

int taos_select_db(void *taos, const char *db) {
    snprintf(((connection *) taos)->db, 65, "%s", db);
    return 0;
}

/* ---- query and results ---- */

void *taos_query_with_reqid(void *taos, const char *sql, int64_t reqId) {
    logf_("taos_query_with_reqid sql=%s reqId=%lld", sql, (long long) reqId);
    return run_sql(sql);
}

void *taos_query(void *taos, const char *sql) {
    logf_("taos_query sql=%s", sql);
    return run_sql(sql);
}

int taos_errno(void *res) { return res ? ((result *) res)->code : tl_errno; }
const char *taos_errstr(void *res) { return res ? ((result *) res)->errstr : tl_errstr; }
int taos_field_count(void *res) { return ((result *) res)->nfields; }
int taos_num_fields(void *res) { return ((result *) res)->nfields; }
TAOS_FIELD *taos_fetch_fields(void *res) { return ((result *) res)->fields; }
TAOS_FIELD_E *taos_fetch_fields_e(void *res) { return ((result *) res)->fields_e; }
bool taos_is_update_query(void *res) { return ((result *) res)->nfields == 0; }
int taos_affected_rows(void *res) { return (int) ((result *) res)->affected; }
int64_t taos_affected_rows64(void *res) { return ((result *) res)->affected; }
int taos_result_precision(void *res) { return ((result *) res)->precision; }

int taos_fetch_raw_block(void *r, int *numOfRows, void **pData) {
    result *res = r;
    if (res->next > 0 && res->next <= res->nblocks) {
        /* the previous block is valid only until the next fetch: make reading it late visible */
        unsigned char *previous = res->blocks[res->next - 1];
        int32_t length;
        memcpy(&length, previous + 4, 4);
        memset(previous, 0xEE, length);
    }
    if (res->next == res->fail_at) {
        res->next++;
        fail(res, (int) 0x80000711, "fetch failed in the fake");
        return res->code;
    }
    if (res->next >= res->nblocks) {
        *numOfRows = 0;
        *pData = NULL;
        res->next = res->nblocks + 1;
        return 0;
    }
    *numOfRows = res->rows[res->next];
    *pData = res->blocks[res->next];
    res->next++;
    return 0;
}

void taos_free_result(void *r) {
    if (!untrack(r, K_RES)) {
        return;
    }
    result *res = r;
    for (int i = 0; i < res->nblocks; i++) {
        free(res->blocks[i]);
    }
    free(res);
}

/* ---- stmt2 ---- */

typedef struct {
    char sql[512];
    char error[128];
    int rows;
} stmt2;

void *taos_stmt2_init(void *taos, TAOS_STMT2_OPTION *option) {
    logf_("taos_stmt2_init reqid=%lld singleStbInsert=%d singleTableBindOnce=%d async=%s",
          option ? (long long) option->reqid : 0LL, option ? option->singleStbInsert : 0,
          option ? option->singleTableBindOnce : 0, option && option->asyncExecFn ? "yes" : "no");
    return track(calloc(1, sizeof(stmt2)), K_STMT2);
}

int taos_stmt2_prepare(void *s, const char *sql, unsigned long length) {
    stmt2 *st = s;
    int n = length ? (int) length : (int) strlen(sql);
    snprintf(st->sql, sizeof st->sql, "%.*s", n, sql);
    logf_("taos_stmt2_prepare sql=%s length=%lu", st->sql, length);
    if (strstr(st->sql, "bad")) {
        snprintf(st->error, sizeof st->error, "%s", "syntax error in the prepared statement");
        return (int) 0x80002600;
    }
    return 0;
}

static int count_marks(const char *from, const char *to) {
    int n = 0;
    for (const char *p = from; p && *p && (!to || p < to); p++) {
        n += *p == '?';
    }
    return n;
}

static int render_value(char *out, int room, const TAOS_STMT2_BIND *b, int row, int *var_at) {
    if (b->is_null && b->is_null[row]) {
        return snprintf(out, room, "NULL");
    }
    const unsigned char *p = b->buffer;
    switch (b->buffer_type) {
    case 1: case 2: return snprintf(out, room, "%d", ((const int8_t *) p)[row]);
    case 3: return snprintf(out, room, "%d", ((const int16_t *) p)[row]);
    case 4: return snprintf(out, room, "%d", ((const int32_t *) p)[row]);
    case 5: case 9: return snprintf(out, room, "%lld", (long long) ((const int64_t *) p)[row]);
    case 6: return snprintf(out, room, "%g", ((const float *) p)[row]);
    case 7: return snprintf(out, room, "%g", ((const double *) p)[row]);
    case 11: return snprintf(out, room, "%u", ((const uint8_t *) p)[row]);
    case 12: return snprintf(out, room, "%u", ((const uint16_t *) p)[row]);
    case 13: return snprintf(out, room, "%u", ((const uint32_t *) p)[row]);
    case 14: return snprintf(out, room, "%llu", (unsigned long long) ((const uint64_t *) p)[row]);
    default: {
        int len = b->length[row];
        int n = snprintf(out, room, "'%.*s'", len, (const char *) p + *var_at);
        *var_at += len;
        return n;
    }
    }
}

static int render_bind(char *out, int room, const TAOS_STMT2_BIND *b) {
    int n = snprintf(out, room, "{type=%d num=%d", b->buffer_type, b->num);
    int var_at = 0;
    for (int r = 0; r < b->num && n < room; r++) {
        n += snprintf(out + n, room - n, r ? "," : " ");
        n += render_value(out + n, room - n, b, r, &var_at);
    }
    return n + snprintf(out + n, room - n, "}");
}

int taos_stmt2_bind_param(void *s, TAOS_STMT2_BINDV *bindv, int32_t col_idx) {
    stmt2 *st = s;
    const char *values = strstr(st->sql, "values");
    const char *tags = strstr(st->sql, "tags");
    int ncols = count_marks(values, NULL);
    int ntags = tags ? count_marks(tags, values) : 0;
    char text[4096];
    for (int t = 0; t < bindv->count; t++) {
        int n = snprintf(text, sizeof text, "table=%s tags=", bindv->tbnames ? bindv->tbnames[t] : "(null)");
        for (int i = 0; i < ntags && bindv->tags && n < (int) sizeof text; i++) {
            n += render_bind(text + n, sizeof text - n, &bindv->tags[t][i]);
        }
        n += snprintf(text + n, sizeof text - n, " cols=");
        for (int i = 0; i < ncols && n < (int) sizeof text; i++) {
            n += render_bind(text + n, sizeof text - n, &bindv->bind_cols[t][i]);
        }
        st->rows += ncols ? bindv->bind_cols[t][0].num : 0;
        logf_("taos_stmt2_bind_param col_idx=%d %s", col_idx, text);
    }
    return 0;
}

int taos_stmt2_exec(void *s, int *affected_rows) {
    stmt2 *st = s;
    logf_("taos_stmt2_exec rows=%d", st->rows);
    *affected_rows = st->rows;
    st->rows = 0;
    return 0;
}

int taos_stmt2_is_insert(void *s, int *insert) {
    *insert = starts_with(((stmt2 *) s)->sql, "insert");
    return 0;
}

char *taos_stmt2_error(void *s) { return ((stmt2 *) s)->error; }

int taos_stmt2_close(void *s) {
    logf_("taos_stmt2_close");
    if (untrack(s, K_STMT2)) {
        free(s);
    }
    return 0;
}

/* ---- schemaless ---- */

void *taos_schemaless_insert_raw_ttl_with_reqid(void *taos, char *lines, int len, int32_t *totalRows, int protocol,
                                                int precision, int32_t ttl, int64_t reqid) {
    logf_("taos_schemaless_insert_raw_ttl_with_reqid lines=%.*s len=%d protocol=%d precision=%d ttl=%d reqid=%lld",
          len, lines, len, protocol, precision, ttl, (long long) reqid);
    result *res = new_result();
    int rows = 0;
    for (int i = 0; i < len; i++) {
        rows += lines[i] == '\n' || i == len - 1;
    }
    *totalRows = rows;
    if (memmem(lines, len, "bad", 3)) {
        fail(res, (int) 0x80003000, "Invalid line protocol type");
    } else {
        res->affected = rows;
    }
    return res;
}

/* ---- TMQ ---- */

#define MAX_ENTRIES 8

typedef struct {
    int size;
    char items[MAX_ENTRIES][64];
} tmq_list;

typedef struct {
    tmq_list keys;
    tmq_list values;
} tmq_conf;

typedef struct {
    char group[64];
    tmq_list topics;
    int polls;
} tmq;

void *tmq_conf_new(void) { return track(calloc(1, sizeof(tmq_conf)), K_CONF); }

int tmq_conf_set(void *c, const char *key, const char *value) {
    logf_("tmq_conf_set %s=%s", key, value);
    if (!starts_with(key, "group.") && !starts_with(key, "client.") && !starts_with(key, "auto.")
        && !starts_with(key, "enable.") && !starts_with(key, "td.") && !starts_with(key, "msg.")) {
        return -2;
    }
    if (strcmp(key, "enable.auto.commit") == 0 && strcmp(value, "true") && strcmp(value, "false")) {
        return -1;
    }
    tmq_conf *conf = c;
    if (conf->keys.size < MAX_ENTRIES) {
        snprintf(conf->keys.items[conf->keys.size++], 64, "%s", key);
        snprintf(conf->values.items[conf->values.size++], 64, "%s", value);
    }
    return 0;
}

void tmq_conf_destroy(void *c) {
    if (untrack(c, K_CONF)) {
        free(c);
    }
}

void *tmq_list_new(void) { return track(calloc(1, sizeof(tmq_list)), K_LIST); }

int32_t tmq_list_append(void *l, const char *topic) {
    tmq_list *list = l;
    if (list->size < MAX_ENTRIES) {
        snprintf(list->items[list->size++], 64, "%s", topic);
    }
    return 0;
}

int32_t tmq_list_get_size(const void *l) { return ((const tmq_list *) l)->size; }

void tmq_list_destroy(void *l) {
    if (untrack(l, K_LIST)) {
        free(l);
    }
}

void *tmq_consumer_new(void *c, char *errstr, int32_t errstrLen) {
    tmq_conf *conf = c;
    for (int i = 0; i < conf->keys.size; i++) {
        if (strcmp(conf->keys.items[i], "group.id") == 0) {
            tmq *consumer = calloc(1, sizeof(tmq));
            snprintf(consumer->group, sizeof consumer->group, "%s", conf->values.items[i]);
            logf_("tmq_consumer_new group.id=%s", consumer->group);
            return track(consumer, K_TMQ);
        }
    }
    snprintf(errstr, errstrLen, "%s", "group.id is required");
    return NULL;
}

int32_t tmq_subscribe(void *t, const void *l) {
    const tmq_list *list = l;
    char text[512] = "";
    for (int i = 0; i < list->size; i++) {
        if (strcmp(list->items[i], "missing") == 0) {
            return (int32_t) 0x800003E0;
        }
        strncat(text, i ? "," : "", sizeof text - strlen(text) - 1);
        strncat(text, list->items[i], sizeof text - strlen(text) - 1);
    }
    logf_("tmq_subscribe topics=%s", text);
    ((tmq *) t)->topics = *list;
    return 0;
}

int32_t tmq_unsubscribe(void *t) {
    logf_("tmq_unsubscribe");
    ((tmq *) t)->topics.size = 0;
    return 0;
}

void *tmq_consumer_poll(void *t, int64_t timeout) {
    tmq *consumer = t;
    logf_("tmq_consumer_poll timeout=%lld", (long long) timeout);
    if (consumer->topics.size == 0 || consumer->polls++ > 0) {
        return NULL;
    }
    result *res = new_result();
    add_field(res, "v", 5, 8, 0, 0);
    add_block(res, bigint_block(10, 2), 2);
    add_block(res, bigint_block(20, 1), 1);
    res->tables[0] = "d1001";
    res->tables[1] = "d1002";
    snprintf(res->topic, sizeof res->topic, "%s", consumer->topics.items[0]);
    return res;
}

const char *tmq_get_topic_name(void *res) { return ((result *) res)->topic; }
const char *tmq_get_db_name(void *res) { return "power"; }
int32_t tmq_get_vgroup_id(void *res) { return 3; }
int64_t tmq_get_vgroup_offset(void *res) { return 42; }
int tmq_get_res_type(void *res) { return 1; }

const char *tmq_get_table_name(void *r) {
    result *res = r;
    int current = res->next - 1;
    return current >= 0 && current < res->nblocks ? res->tables[current] : NULL;
}

int32_t tmq_commit_sync(void *t, const void *msg) {
    logf_("tmq_commit_sync msg=%s", msg ? ((const result *) msg)->topic : "(all)");
    return 0;
}

int32_t tmq_get_topic_assignment(void *t, const char *topic, tmq_topic_assignment **assignment, int32_t *num) {
    logf_("tmq_get_topic_assignment topic=%s", topic);
    tmq_topic_assignment *a = calloc(2, sizeof(tmq_topic_assignment));
    a[0] = (tmq_topic_assignment){3, 42, 0, 100};
    a[1] = (tmq_topic_assignment){4, 7, 0, 50};
    *assignment = track(a, K_ASSIGN);
    *num = 2;
    return 0;
}

void tmq_free_assignment(tmq_topic_assignment *a) {
    if (untrack(a, K_ASSIGN)) {
        free(a);
    }
}

int32_t tmq_offset_seek(void *t, const char *topic, int32_t vgId, int64_t offset) {
    logf_("tmq_offset_seek topic=%s vgId=%d offset=%lld", topic, vgId, (long long) offset);
    return 0;
}

int64_t tmq_position(void *t, const char *topic, int32_t vgId) { return 43; }
int64_t tmq_committed(void *t, const char *topic, int32_t vgId) { return 40; }
const char *tmq_err2str(int32_t code) { return code == (int32_t) 0x800003E0 ? "Topic not exist" : "tmq error"; }

int32_t tmq_consumer_close(void *t) {
    logf_("tmq_consumer_close");
    if (untrack(t, K_TMQ)) {
        free(t);
    }
    return 0;
}
