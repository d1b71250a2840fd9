#include "OpenFileLimit.h"

#include <limits>

#ifdef Q_OS_UNIX
#include <sys/resource.h>
#endif

qint64 OpenFileLimit::current()
{
#ifdef Q_OS_UNIX
    rlimit limit{};
    if (getrlimit(RLIMIT_NOFILE, &limit) != 0)
        return -1;
    return limit.rlim_cur == RLIM_INFINITY ? std::numeric_limits<qint64>::max()
                                           : qint64(limit.rlim_cur);
#else
    return -1;
#endif
}

qint64 OpenFileLimit::raiseTo(qint64 wanted)
{
#ifdef Q_OS_UNIX
    rlimit limit{};
    if (getrlimit(RLIMIT_NOFILE, &limit) != 0)
        return -1;
    if (limit.rlim_cur == RLIM_INFINITY || qint64(limit.rlim_cur) >= wanted)
        return current();
    rlim_t target = rlim_t(wanted);
    if (limit.rlim_max != RLIM_INFINITY && target > limit.rlim_max)
        target = limit.rlim_max;
    if (target > limit.rlim_cur) {
        limit.rlim_cur = target;
        setrlimit(RLIMIT_NOFILE, &limit); // on failure the old limit stays; current() says so
    }
    return current();
#else
    Q_UNUSED(wanted);
    return -1;
#endif
}
