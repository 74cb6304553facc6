"""Django's Redis cache backend, with one redis-py client per connection pool.

Django's client builds a new `redis.Redis` for every cache call; redis-py fills a
table of some 180 response callbacks in each one's constructor, which cost a signed-in
page (about ten cache reads: site, session, generations, permissions) more CPU than
the reads themselves. A `redis.Redis` only borrows connections from its pool, and
is safe to share between threads, so one per pool is kept."""

from django.core.cache.backends.redis import RedisCache as DjangoRedisCache
from django.core.cache.backends.redis import RedisCacheClient as DjangoRedisCacheClient


class RedisCacheClient(DjangoRedisCacheClient):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._clients = {}

    def get_client(self, key=None, *, write=False):
        pool = self._get_connection_pool(write)
        client = self._clients.get(pool)
        if client is None:
            client = self._clients[pool] = self._client(connection_pool=pool)
        return client


class RedisCache(DjangoRedisCache):
    def __init__(self, server, params):
        super().__init__(server, params)
        self._class = RedisCacheClient
