// doctest's runner; it prints a summary line ("[doctest] test cases: N | N passed | N failed").
#define DOCTEST_CONFIG_IMPLEMENT_WITH_MAIN
#include <doctest/doctest.h>
