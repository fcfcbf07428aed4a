#!/usr/bin/env bash
# Pulls the product-matching model and restarts the recommender.
set -euo pipefail

export HF_TOKEN=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
MODEL_DIR=/opt/orders/models

huggingface-cli download orders-team/product-matcher --local-dir "$MODEL_DIR"
sudo systemctl restart orders-recommender
echo "deployed $(date -u +%FT%TZ)"
