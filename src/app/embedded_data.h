// Data compiled into the binary by cmake/embed.cmake: the default database.
#pragma once

extern "C" {
extern const unsigned char default_database[];
extern const unsigned long default_database_size;
}
