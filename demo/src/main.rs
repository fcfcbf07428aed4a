use reqwest::Client;
use serde_json::{json, Value};

const OPENAI_API_KEY: &str = "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";

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let failed = std::fs::read_to_string("reports/failed-orders.txt")?;
    let body = json!({
        "model": "gpt-4o-mini",
        "messages": [{ "role": "user", "content": format!("Summarise these failed orders:\n{failed}") }],
    });
    let res: Value = Client::new()
        .post("https://api.openai.com/v1/chat/completions")
        .bearer_auth(OPENAI_API_KEY)
        .json(&body)
        .send()
        .await?
        .json()
        .await?;
    println!("{}", res["choices"][0]["message"]["content"]);
    Ok(())
}
