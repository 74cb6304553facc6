import uuid

import pytest
import redis

from aula.cache import RedisCache
from tests.services import service_missing

URL = "redis://127.0.0.1:6379/10"


@pytest.fixture
def redis_cache():
    try:
        redis.Redis.from_url(URL).ping()
    except redis.ConnectionError:
        service_missing(f"the cache backend tests need Redis at {URL}")
    backend = RedisCache(URL, {"KEY_PREFIX": f"test-{uuid.uuid4().hex}"})
    yield backend
    backend.delete_many(["a", "b", "c"])  # not clear(): that flushes the whole Redis database


def test_one_client_per_pool_serves_every_call(redis_cache):
    redis_cache.set("a", {"n": 1})
    redis_cache.set_many({"b": 2, "c": 3})
    assert redis_cache.get("a") == {"n": 1}
    assert redis_cache.get_many(["b", "c"]) == {"b": 2, "c": 3}
    assert redis_cache.incr("b") == 3
    client = redis_cache._cache
    assert client.get_client() is client.get_client(write=True)
