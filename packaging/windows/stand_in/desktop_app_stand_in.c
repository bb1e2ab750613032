/* Stand-in for the frozen bundle's desktop-app.exe, for testing the installer on Linux (Wine).
 *
 * The real bundle can only be built on Windows (the workflow in .github/ does that); this small
 * console program takes its place in the installer so that the installer's run steps really run:
 *   - every call appends its arguments, one per line, after a "--- call" line, to
 *     desktop-app-calls.log next to the program;
 *   - "init" (with the global "--config FILE" before it, as the installer passes it) checks that
 *     the settings file exists, as the real init reads it, and creates the embedded office
 *     database file in the per-user data folder (%LOCALAPPDATA%\MotCua\desktop-app) if it is
 *     missing, then appends one line to it: the office data an upgrade must keep and only
 *     /PURGEDATA=1 may remove. It exits 2 (a user error, as the real CLI) without the file.
 * It does not pretend to migrate anything: the real init is tested by the suite on Linux.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <windows.h>

static void next_to_program(char *out, size_t size, const char *name) {
    char *slash;
    GetModuleFileNameA(NULL, out, (DWORD)size);
    slash = strrchr(out, '\\');
    if (slash != NULL) {
        slash[1] = '\0';
    }
    strncat(out, name, size - strlen(out) - 1);
}

static void record_call(int argc, char **argv) {
    char path[MAX_PATH];
    FILE *log;
    int i;
    next_to_program(path, sizeof path, "desktop-app-calls.log");
    log = fopen(path, "ab");
    if (log == NULL) {
        return;
    }
    fputs("--- call\n", log);
    for (i = 1; i < argc; i++) {
        fprintf(log, "%s\n", argv[i]);
    }
    fclose(log);
}

static const char *config_file(int argc, char **argv) {
    int i;
    for (i = 1; i + 1 < argc; i++) {
        if (strcmp(argv[i], "--config") == 0) {
            return argv[i + 1];
        }
    }
    return NULL;
}

static int is_init(int argc, char **argv) {
    int i;
    for (i = 1; i < argc; i++) {
        if (strcmp(argv[i], "--config") == 0) {
            i++;
        } else {
            return strcmp(argv[i], "init") == 0;
        }
    }
    return 0;
}

static int run_init(const char *settings) {
    char folder[MAX_PATH], database[MAX_PATH];
    DWORD attributes;
    FILE *file;
    if (settings == NULL || GetFileAttributesA(settings) == INVALID_FILE_ATTRIBUTES) {
        fprintf(stderr, "settings file missing: %s\n", settings ? settings : "(none given)");
        return 2;
    }
    if (GetEnvironmentVariableA("LOCALAPPDATA", folder, sizeof folder) == 0) {
        return 2;
    }
    strncat(folder, "\\MotCua\\desktop-app", sizeof folder - strlen(folder) - 1);
    attributes = GetFileAttributesA(folder);
    if (attributes == INVALID_FILE_ATTRIBUTES || !(attributes & FILE_ATTRIBUTE_DIRECTORY)) {
        fprintf(stderr, "data folder missing: %s\n", folder);
        return 2;
    }
    snprintf(database, sizeof database, "%s\\office.sqlite3", folder);
    file = fopen(database, "ab");
    if (file == NULL) {
        return 1;
    }
    fputs("office data written by init\n", file);
    fclose(file);
    return 0;
}

int main(int argc, char **argv) {
    record_call(argc, argv);
    if (is_init(argc, argv)) {
        return run_init(config_file(argc, argv));
    }
    return 0;
}
