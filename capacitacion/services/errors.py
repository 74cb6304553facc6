class ServiceError(Exception):
    """A reason, in the user's language, why a service refused the change; views and
    admin views show `message` as it is."""

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message
