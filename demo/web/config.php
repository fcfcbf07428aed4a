<?php

return [
    'app' => [
        'name' => 'orders-web',
        'debug' => false,
    ],

    'mailgun' => [
        'domain' => 'mg.orders.example.com',
        'secret' => 'key-a7d7f34c19e079ae150f93e6d2adf694',
        'endpoint' => 'api.eu.mailgun.net',
        'scheme' => 'https',
    ],

    'session' => [
        'driver' => 'redis',
        'lifetime' => 120,
    ],
];
