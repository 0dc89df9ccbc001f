"""Item pipelines, one concern per module; every counter lives under ``autoparts/``.

Order (settings.ITEM_PIPELINES): rejects/listings routing (50) -> normalize (100) ->
validate (200) -> dedupe (300) -> quality (900).
"""
